'use strict'

// DynamoDB stand-in of the local stack: dynalite, in memory, on 127.0.0.1:<port>.
// Usage: node dynalite-server.js <port>
// Prints "dynalite ready on 127.0.0.1:<port>" once it accepts requests; exits 0 on SIGTERM or SIGINT.

const major = Number.parseInt(process.versions.node.split('.')[0], 10)
if (major < 20) {
  console.error('dynalite 4 needs Node.js 20+; this is ' + process.version)
  process.exit(3)
}

const dynalite = require('dynalite')

const port = Number.parseInt(process.argv[2], 10)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('usage: node dynalite-server.js <port>')
  process.exit(2)
}

// No path: dynalite keeps everything in memory. Tables stay CREATING only briefly.
const server = dynalite({ createTableMs: 10, deleteTableMs: 10, updateTableMs: 10 })

server.on('error', (err) => {
  console.error('dynalite failed: ' + err.message)
  process.exit(1)
})

server.listen(port, '127.0.0.1', () => {
  console.log('dynalite ready on 127.0.0.1:' + server.address().port)
})

let stopping = false
function stop (signal) {
  if (stopping) return
  stopping = true
  console.log('dynalite stopping on ' + signal)
  // Nothing to flush: the store is in memory. Close the server, drop kept-alive connections,
  // and never wait longer than a second.
  setTimeout(() => process.exit(0), 1000).unref()
  server.close(() => process.exit(0))
  server.closeAllConnections()
}

process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
