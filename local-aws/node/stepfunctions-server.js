'use strict'

// Step Functions stand-in of the local stack: aws-local-stepfunctions (it runs the ASL) behind an HTTP
// front speaking the Step Functions JSON API (AWS JSON 1.0: POST /, X-Amz-Target: AWSStepFunctions.<Op>),
// so that the unmodified AWS SDK works against it with only an endpoint override.
//
// Usage: node stepfunctions-server.js <port> [--sqs-endpoint URL] [--region R] [--account A]
// Prints "stepfunctions ready on 127.0.0.1:<port>" once it accepts requests; exits 0 on SIGTERM or SIGINT.
//
// What the front adds to the library (which runs only Lambda tasks, has no task tokens, ignores
// HeartbeatSeconds and reads TimeoutSecondsPath from the state's *processed* input):
//  - every Task state runs a local handler of the front: arn:aws:states:::sqs:sendMessage and
//    arn:aws:states:::sqs:sendMessage.waitForTaskToken (sent to the local SQS with the SQS JSON protocol);
//  - task tokens: "$$.Task.Token" in Parameters becomes an opaque, unguessable token per attempt, which
//    SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat answer;
//  - TimeoutSeconds(Path) and HeartbeatSeconds(Path) of Task states are timed here (the library's own task
//    timer is pushed out of the way); the paths are read from the state's input after InputPath, as AWS does.
// Task tokens are never printed.

const major = Number.parseInt(process.versions.node.split('.')[0], 10)
if (major < 20) {
  console.error('the Step Functions stand-in needs Node.js 20+; this is ' + process.version)
  process.exit(3)
}

// aws-local-stepfunctions 3 declares Node >= 22 for Promise.withResolvers alone; Node 20 lacks it.
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers () {
      let resolve, reject
      const promise = new this((res, rej) => {
        resolve = res
        reject = rej
      })
      return { promise, resolve, reject }
    }
  })
}

const http = require('node:http')
const crypto = require('node:crypto')
const { StateMachine, ExecutionError, ExecutionTimeoutError } = require('aws-local-stepfunctions')

// ---------------------------------------------------------------------------------------------------------
// arguments

const args = process.argv.slice(2)
const port = Number.parseInt(args[0], 10)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('usage: node stepfunctions-server.js <port> [--sqs-endpoint URL] [--region R] [--account A]')
  process.exit(2)
}
const options = { sqsEndpoint: null, region: 'us-east-1', account: '000000000000' }
for (let i = 1; i < args.length; i += 2) {
  const value = args[i + 1]
  if (value === undefined) {
    console.error(args[i] + ' needs a value')
    process.exit(2)
  }
  if (args[i] === '--sqs-endpoint') options.sqsEndpoint = value.replace(/\/+$/, '')
  else if (args[i] === '--region') options.region = value
  else if (args[i] === '--account') options.account = value
  else {
    console.error('unknown argument: ' + args[i])
    process.exit(2)
  }
}

// ---------------------------------------------------------------------------------------------------------
// errors

/** An error answered to the API caller as HTTP 400 {"__type": type, "message": message}. */
class ApiError extends Error {
  constructor (type, message, status = 400) {
    super(message)
    this.type = type
    this.status = status
  }
}

// The library excludes its own StatesTimeoutError (by instanceof) from the States.TaskFailed wildcard, as
// AWS does for States.Timeout; it does not export that class, so a one-millisecond probe run fetches it.
let StatesTimeoutError = null

async function probeStatesTimeoutError () {
  const probe = new StateMachine(
    { StartAt: 'Probe', States: { Probe: { Type: 'Task', Resource: 'arn:aws:states:::probe', TimeoutSeconds: 0.001, End: true } } },
    { validationOptions: { noValidate: true } }
  )
  const run = probe.run({}, { overrides: { taskResourceLocalHandlers: { Probe: () => new Promise(() => {}) } } })
  try {
    await run.result
  } catch (e) {
    if (e instanceof ExecutionError && e.cause && e.cause.name === 'States.Timeout') {
      return e.cause.constructor
    }
  }
  console.error('warning: could not find the library\'s States.Timeout error; States.TaskFailed catchers will also match timeouts')
  return class extends Error {}
}

/** The error of an expired TimeoutSeconds (States.Timeout) or HeartbeatSeconds (States.HeartbeatTimeout). */
function timeoutError (heartbeat, seconds) {
  const error = new StatesTimeoutError()
  error.name = heartbeat ? 'States.HeartbeatTimeout' : 'States.Timeout'
  error.message = heartbeat
    ? 'No heartbeat was received for ' + seconds + ' seconds (HeartbeatSeconds)'
    : 'The task did not complete within ' + seconds + ' seconds (TimeoutSeconds)'
  return error
}

/** An error a Task state reports: matched by Retry/Catch on its name, its message becomes the Cause. */
function taskError (name, cause) {
  const error = new Error(cause)
  error.name = name
  return error
}

/** Ends a task of a stopped or finished execution: neither retried nor caught. */
function abortedTaskError () {
  const error = new Error('the execution is no longer running')
  error.name = 'States.Runtime'
  Object.defineProperty(error, 'isRetryable', { value: false })
  Object.defineProperty(error, 'isCatchable', { value: false })
  return error
}

// ---------------------------------------------------------------------------------------------------------
// definitions

const WRAPPER = '__localStepFunctionsTask'
const TOKEN_PLACEHOLDER = '__local-step-functions-task-token-' + crypto.randomBytes(8).toString('hex')
// setTimeout's limit (2^31 - 1 ms): the library's task timer is set to this, i.e. out of the way.
const MAX_TIMER_SECONDS = 2147483
const SQS_SEND = 'arn:aws:states:::sqs:sendMessage'
const SQS_SEND_WAIT = 'arn:aws:states:::sqs:sendMessage.waitForTaskToken'

/**
 * The copy of a definition the library runs, and the original Task states by id. Every Task state gets
 * Parameters {WRAPPER: {id, input.$: "$", parameters: <original>}}: the handler learns which state it runs
 * and sees both the state's input (for the *Path fields) and its processed parameters.
 */
function prepare (definition) {
  const copy = structuredClone(definition)
  const tasks = new Map()
  const taskNames = new Set()
  walkStates(copy, (name, state) => {
    if (state.Type !== 'Task') return
    const id = 't' + tasks.size
    tasks.set(id, structuredClone(state))
    taskNames.add(name)
    const wrapper = { id, 'input.$': '$' }
    if ('Parameters' in state) wrapper.parameters = replaceTokenPaths(state.Parameters)
    state.Parameters = { [WRAPPER]: wrapper }
    delete state.TimeoutSecondsPath
    delete state.HeartbeatSeconds
    delete state.HeartbeatSecondsPath
    state.TimeoutSeconds = MAX_TIMER_SECONDS
    // AWS: a States.Timeout catcher or retrier also matches a heartbeat timeout.
    for (const handler of [...(state.Retry || []), ...(state.Catch || [])]) {
      if (Array.isArray(handler.ErrorEquals) && handler.ErrorEquals.includes('States.Timeout') &&
          !handler.ErrorEquals.includes('States.HeartbeatTimeout')) {
        handler.ErrorEquals.push('States.HeartbeatTimeout')
      }
    }
  })
  return { copy, tasks, taskNames: [...taskNames] }
}

function walkStates (machine, visit) {
  if (!machine || typeof machine.States !== 'object' || machine.States === null) return
  for (const [name, state] of Object.entries(machine.States)) {
    if (!state || typeof state !== 'object') continue
    visit(name, state)
    if (Array.isArray(state.Branches)) state.Branches.forEach((branch) => walkStates(branch, visit))
    if (state.Iterator) walkStates(state.Iterator, visit)
    if (state.ItemProcessor) walkStates(state.ItemProcessor, visit)
  }
}

/** "key.$": "$$.Task.Token" becomes "key": <placeholder>, replaced by a fresh token when the task runs. */
function replaceTokenPaths (template) {
  if (Array.isArray(template)) return template.map(replaceTokenPaths)
  if (template === null || typeof template !== 'object') return template
  const result = {}
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$') && value === '$$.Task.Token') result[key.slice(0, -2)] = TOKEN_PLACEHOLDER
    else result[key] = replaceTokenPaths(value)
  }
  return result
}

function fillToken (value, token) {
  if (value === TOKEN_PLACEHOLDER) return token
  if (Array.isArray(value)) return value.map((v) => fillToken(v, token))
  if (value === null || typeof value !== 'object') return value
  const result = {}
  for (const [key, v] of Object.entries(value)) result[key] = fillToken(v, token)
  return result
}

function containsToken (value) {
  if (value === TOKEN_PLACEHOLDER) return true
  if (Array.isArray(value)) return value.some(containsToken)
  if (value === null || typeof value !== 'object') return false
  return Object.values(value).some(containsToken)
}

/** A reference path ($, $.a.b, $['a'], $.a[0]) applied to json; undefined when it selects nothing. */
function referencePath (path, json) {
  if (typeof path !== 'string' || !path.startsWith('$')) return undefined
  const tokens = path.slice(1).match(/\.[^.[\]]+|\[\d+\]|\['[^']*'\]|\["[^"]*"\]/g) || []
  if (tokens.join('') !== path.slice(1)) return undefined
  let current = json
  for (const token of tokens) {
    let key
    if (token.startsWith('.')) key = token.slice(1)
    else if (/^\[\d+\]$/.test(token)) key = Number.parseInt(token.slice(1, -1), 10)
    else key = token.slice(2, -2)
    if (current === null || typeof current !== 'object' || !(key in current)) return undefined
    current = current[key]
  }
  return current
}

/** TimeoutSeconds/HeartbeatSeconds of a Task state, or its *Path read from the state's input; null when unset. */
function seconds (state, field, input) {
  let value
  if (state[field] !== undefined) value = state[field]
  else if (state[field + 'Path'] !== undefined) value = referencePath(state[field + 'Path'], input)
  else return null
  if (!Number.isInteger(value) || value < 1) {
    throw taskError('States.Runtime', field + (state[field] === undefined ? 'Path' : '') +
      ' must select a positive integer, got ' + JSON.stringify(value))
  }
  return value
}

// ---------------------------------------------------------------------------------------------------------
// state

const stateMachines = new Map() // arn -> machine
const executions = new Map() // arn -> execution
const liveTokens = new Map() // token -> pending task
const spentTokens = new Set() // tokens of tasks that completed, timed out or were stopped

const NAME = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]{1,80}$/

function now () {
  return Date.now() / 1000
}

function requireString (request, field) {
  const value = request[field]
  if (typeof value !== 'string' || value.length === 0) {
    throw new ApiError('ValidationException', '1 validation error detected: Value at \'' + field + '\' failed to satisfy constraint: Member must not be null')
  }
  return value
}

function requireName (name) {
  if (!NAME.test(name)) throw new ApiError('InvalidName', 'Invalid Name: \'' + name + '\'')
  return name
}

function stateMachineOf (arn) {
  if (!arn.startsWith('arn:')) throw new ApiError('InvalidArn', 'Invalid Arn: \'' + arn + '\'')
  const machine = stateMachines.get(arn)
  if (!machine) throw new ApiError('StateMachineDoesNotExist', 'State Machine Does Not Exist: \'' + arn + '\'')
  return machine
}

function executionOf (arn) {
  if (!arn.startsWith('arn:')) throw new ApiError('InvalidArn', 'Invalid Arn: \'' + arn + '\'')
  const execution = executions.get(arn)
  if (!execution) throw new ApiError('ExecutionDoesNotExist', 'Execution Does Not Exist: \'' + arn + '\'')
  return execution
}

function parseDefinition (text) {
  let definition
  try {
    definition = JSON.parse(text)
  } catch (e) {
    throw new ApiError('InvalidDefinition', 'Invalid State Machine Definition: \'' + e.message + '\'')
  }
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
    throw new ApiError('InvalidDefinition', 'Invalid State Machine Definition: the definition must be a JSON object')
  }
  try {
    // The library validates the ASL (asl-validator) when it constructs a machine.
    // eslint-disable-next-line no-new
    new StateMachine(definition)
  } catch (e) {
    throw new ApiError('InvalidDefinition', 'Invalid State Machine Definition: \'' + e.message + '\'')
  }
  return definition
}

// ---------------------------------------------------------------------------------------------------------
// tasks

/** One attempt of a Task state: its timers, and its token when it waits for one. */
class PendingTask {
  constructor (execution, state) {
    this.execution = execution
    this.state = state
    this.token = null
    this.timers = []
    this.heartbeat = null
    this.settled = false
    const { promise, resolve, reject } = Promise.withResolvers()
    this.promise = promise
    this.resolve = resolve
    this.reject = reject
    execution.tasks.add(this)
  }

  startTimeout (timeoutSeconds) {
    if (timeoutSeconds !== null && timeoutSeconds < MAX_TIMER_SECONDS) {
      this.timers.push(setTimeout(() => this.fail(timeoutError(false, timeoutSeconds)), timeoutSeconds * 1000))
    }
  }

  startHeartbeat (heartbeatSeconds) {
    if (heartbeatSeconds !== null && heartbeatSeconds < MAX_TIMER_SECONDS) {
      this.heartbeat = { seconds: heartbeatSeconds, timer: null }
      this.beat()
    }
  }

  /** Resets the heartbeat timer (SendTaskHeartbeat). */
  beat () {
    if (!this.heartbeat) return
    clearTimeout(this.heartbeat.timer)
    const heartbeatSeconds = this.heartbeat.seconds
    this.heartbeat.timer = setTimeout(() => this.fail(timeoutError(true, heartbeatSeconds)), heartbeatSeconds * 1000)
  }

  succeed (output) {
    if (this.settle()) this.resolve(output)
  }

  fail (error) {
    if (this.settle()) this.reject(error)
  }

  settle () {
    if (this.settled) return false
    this.settled = true
    this.timers.forEach(clearTimeout)
    if (this.heartbeat) clearTimeout(this.heartbeat.timer)
    this.execution.tasks.delete(this)
    if (this.token !== null) {
      liveTokens.delete(this.token)
      spentTokens.add(this.token)
    }
    return true
  }
}

/** The local handler of every Task state of an execution. */
async function runTask (execution, machine, wrapped) {
  if (execution.status !== 'RUNNING') throw abortedTaskError()
  const { id, input } = wrapped[WRAPPER]
  const parameters = 'parameters' in wrapped[WRAPPER] ? wrapped[WRAPPER].parameters : input
  const state = machine.tasks.get(id)
  const task = new PendingTask(execution, state)
  try {
    task.startTimeout(seconds(state, 'TimeoutSeconds', input))
    const heartbeatSeconds = seconds(state, 'HeartbeatSeconds', input)
    if (state.Resource === SQS_SEND_WAIT) {
      if (!containsToken(parameters)) {
        throw taskError('States.Runtime', 'a .waitForTaskToken state must pass $$.Task.Token in its Parameters')
      }
      task.token = crypto.randomBytes(96).toString('base64url')
      liveTokens.set(task.token, task)
      task.startHeartbeat(heartbeatSeconds)
      sendMessage(fillToken(parameters, task.token)).catch((error) => task.fail(error))
    } else if (state.Resource === SQS_SEND) {
      sendMessage(parameters).then((result) => task.succeed(result), (error) => task.fail(error))
    } else {
      throw taskError('States.TaskFailed', 'Resource ' + state.Resource + ' is not supported by the local Step Functions stand-in; supported: ' +
        SQS_SEND + ', ' + SQS_SEND_WAIT)
    }
  } catch (error) {
    task.fail(error)
  }
  return task.promise
}

/** SQS SendMessage against the local SQS (JSON protocol); the result is what AWS's integration returns. */
async function sendMessage (parameters) {
  if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) {
    throw taskError('States.Runtime', 'sqs:sendMessage needs Parameters with QueueUrl and MessageBody')
  }
  const { QueueUrl: queueUrl, MessageBody: body } = parameters
  if (typeof queueUrl !== 'string' || body === undefined) {
    throw taskError('States.Runtime', 'sqs:sendMessage needs QueueUrl (a string) and MessageBody')
  }
  if (!options.sqsEndpoint) {
    throw taskError('SQS.SdkClientException', 'Unable to execute HTTP request: no SQS endpoint was given to the local Step Functions stand-in')
  }
  const request = { QueueUrl: queueUrl, MessageBody: typeof body === 'string' ? body : JSON.stringify(body) }
  for (const field of ['DelaySeconds', 'MessageAttributes', 'MessageGroupId', 'MessageDeduplicationId']) {
    if (parameters[field] !== undefined) request[field] = parameters[field]
  }
  let response
  let text
  try {
    response = await fetch(options.sqsEndpoint + '/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AmazonSQS.SendMessage' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(10000)
    })
    text = await response.text()
  } catch (e) {
    throw taskError('SQS.SdkClientException', 'Unable to execute HTTP request: ' + e.message)
  }
  let json = null
  try {
    json = JSON.parse(text)
  } catch (e) {
    json = null
  }
  if (!response.ok || !json || typeof json.MessageId !== 'string') {
    const code = json && typeof json.__type === 'string' ? json.__type.split('#').pop() : 'HTTP ' + response.status
    const message = json && (json.message || json.Message) ? (json.message || json.Message) : text.slice(0, 200)
    throw taskError('SQS.AmazonSQSException', message + ' (Service: AmazonSQS; Status Code: ' + response.status + '; Error Code: ' + code + ')')
  }
  return { MessageId: json.MessageId, MD5OfMessageBody: json.MD5OfMessageBody }
}

// ---------------------------------------------------------------------------------------------------------
// executions

function startRun (execution, machine, input) {
  const handler = (wrapped) => runTask(execution, machine, wrapped)
  const handlers = Object.fromEntries(machine.taskNames.map((name) => [name, handler]))
  const context = {
    Execution: { Id: execution.executionArn, Name: execution.name, RoleArn: machine.roleArn },
    StateMachine: { Id: machine.stateMachineArn, Name: machine.name }
  }
  const run = machine.runnable.run(input, { overrides: { taskResourceLocalHandlers: handlers }, noThrowOnAbort: true, context })
  execution.abort = run.abort
  run.result.then(
    (output) => {
      if (execution.status === 'RUNNING') finish(execution, 'SUCCEEDED', { output: JSON.stringify(output ?? null) })
    },
    (error) => {
      if (execution.status !== 'RUNNING') return
      if (error instanceof ExecutionTimeoutError) {
        finish(execution, 'TIMED_OUT', { error: 'States.Timeout', cause: 'The execution ran longer than the state machine\'s TimeoutSeconds' })
      } else if (error instanceof ExecutionError && error.cause) {
        finish(execution, 'FAILED', { error: String(error.cause.name ?? ''), cause: String(error.cause.message ?? '') })
      } else {
        finish(execution, 'FAILED', { error: 'States.Runtime', cause: String(error && error.message) })
      }
    }
  )
}

function finish (execution, status, details) {
  execution.status = status
  execution.stopDate = now()
  Object.assign(execution, details)
  for (const task of [...execution.tasks]) task.fail(abortedTaskError())
  if (status === 'ABORTED' || status === 'TIMED_OUT') execution.abort()
  console.log('execution ' + execution.executionArn + ' ' + status + (details.error ? ' (' + details.error + ')' : ''))
}

// ---------------------------------------------------------------------------------------------------------
// operations

function page (items, request, key) {
  let maxResults = request.maxResults ?? 0
  if (!Number.isInteger(maxResults) || maxResults < 0 || maxResults > 1000) {
    throw new ApiError('ValidationException', 'maxResults must be between 0 and 1000')
  }
  if (maxResults === 0) maxResults = 100
  let offset = 0
  if (request.nextToken !== undefined && request.nextToken !== null) {
    try {
      const decoded = JSON.parse(Buffer.from(String(request.nextToken), 'base64url').toString('utf8'))
      if (decoded.key !== key || !Number.isInteger(decoded.offset) || decoded.offset < 0) throw new Error('foreign token')
      offset = decoded.offset
    } catch (e) {
      throw new ApiError('InvalidToken', 'Invalid Token: \'' + String(request.nextToken).slice(0, 40) + '\'')
    }
  }
  const slice = items.slice(offset, offset + maxResults)
  const next = offset + maxResults < items.length
    ? Buffer.from(JSON.stringify({ key, offset: offset + maxResults })).toString('base64url')
    : undefined
  return { slice, next }
}

const operations = {
  CreateStateMachine (request) {
    const name = requireName(requireString(request, 'name'))
    const text = requireString(request, 'definition')
    const roleArn = requireString(request, 'roleArn')
    if (request.type !== undefined && request.type !== 'STANDARD') {
      throw new ApiError('StateMachineTypeNotSupported', 'Only STANDARD state machines are supported locally')
    }
    const definition = parseDefinition(text)
    const stateMachineArn = 'arn:aws:states:' + options.region + ':' + options.account + ':stateMachine:' + name
    const existing = stateMachines.get(stateMachineArn)
    if (existing) {
      if (existing.definition === text && existing.roleArn === roleArn) {
        return { stateMachineArn, creationDate: existing.creationDate }
      }
      throw new ApiError('StateMachineAlreadyExists', 'State Machine Already Exists: \'' + stateMachineArn + '\'')
    }
    const prepared = prepare(definition)
    const machine = {
      stateMachineArn,
      name,
      definition: text,
      roleArn,
      creationDate: now(),
      tasks: prepared.tasks,
      taskNames: prepared.taskNames,
      runnable: new StateMachine(prepared.copy, { validationOptions: { noValidate: true } }),
      executionArns: []
    }
    stateMachines.set(stateMachineArn, machine)
    console.log('state machine ' + stateMachineArn + ' created')
    return { stateMachineArn, creationDate: machine.creationDate }
  },

  DescribeStateMachine (request) {
    const machine = stateMachineOf(requireString(request, 'stateMachineArn'))
    return {
      stateMachineArn: machine.stateMachineArn,
      name: machine.name,
      status: 'ACTIVE',
      definition: machine.definition,
      roleArn: machine.roleArn,
      type: 'STANDARD',
      creationDate: machine.creationDate
    }
  },

  ListStateMachines (request) {
    const all = [...stateMachines.values()].sort((a, b) => a.name.localeCompare(b.name))
    const { slice, next } = page(all, request, 'state-machines')
    return {
      stateMachines: slice.map((m) => ({ stateMachineArn: m.stateMachineArn, name: m.name, type: 'STANDARD', creationDate: m.creationDate })),
      nextToken: next
    }
  },

  StartExecution (request) {
    const machine = stateMachineOf(requireString(request, 'stateMachineArn'))
    const name = request.name === undefined || request.name === null ? crypto.randomUUID() : requireName(String(request.name))
    const inputText = request.input === undefined || request.input === null ? '{}' : String(request.input)
    let input
    try {
      input = JSON.parse(inputText)
    } catch (e) {
      throw new ApiError('InvalidExecutionInput', 'Invalid State Machine Execution Input: \'' + e.message + '\'')
    }
    const executionArn = 'arn:aws:states:' + options.region + ':' + options.account + ':execution:' + machine.name + ':' + name
    const existing = executions.get(executionArn)
    if (existing) {
      // AWS: idempotent for a running STANDARD execution started with the same input.
      if (existing.status === 'RUNNING' && existing.input === inputText) {
        return { executionArn, startDate: existing.startDate }
      }
      throw new ApiError('ExecutionAlreadyExists', 'Execution Already Exists: \'' + executionArn + '\'')
    }
    const execution = {
      executionArn,
      stateMachineArn: machine.stateMachineArn,
      name,
      status: 'RUNNING',
      input: inputText,
      startDate: now(),
      tasks: new Set(),
      abort: () => {}
    }
    executions.set(executionArn, execution)
    machine.executionArns.push(executionArn)
    console.log('execution ' + executionArn + ' started')
    startRun(execution, machine, input)
    return { executionArn, startDate: execution.startDate }
  },

  DescribeExecution (request) {
    const e = executionOf(requireString(request, 'executionArn'))
    const result = {
      executionArn: e.executionArn,
      stateMachineArn: e.stateMachineArn,
      name: e.name,
      status: e.status,
      startDate: e.startDate,
      input: e.input,
      inputDetails: { included: true }
    }
    if (e.stopDate !== undefined) result.stopDate = e.stopDate
    if (e.output !== undefined) {
      result.output = e.output
      result.outputDetails = { included: true }
    }
    if (e.error !== undefined) result.error = e.error
    if (e.cause !== undefined) result.cause = e.cause
    return result
  },

  StopExecution (request) {
    const execution = executionOf(requireString(request, 'executionArn'))
    if (execution.status === 'RUNNING') {
      const details = {}
      if (typeof request.error === 'string') details.error = request.error
      if (typeof request.cause === 'string') details.cause = request.cause
      finish(execution, 'ABORTED', details)
    }
    return { stopDate: execution.stopDate }
  },

  ListExecutions (request) {
    const machine = stateMachineOf(requireString(request, 'stateMachineArn'))
    const filter = request.statusFilter
    if (filter !== undefined && filter !== null && !['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'].includes(filter)) {
      throw new ApiError('ValidationException', 'statusFilter must be one of RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED')
    }
    const all = machine.executionArns
      .map((arn) => executions.get(arn))
      .filter((e) => !filter || e.status === filter)
      .reverse() // newest first, as AWS lists them
    const { slice, next } = page(all, request, 'executions:' + machine.stateMachineArn + ':' + (filter || ''))
    return {
      executions: slice.map((e) => {
        const item = { executionArn: e.executionArn, stateMachineArn: e.stateMachineArn, name: e.name, status: e.status, startDate: e.startDate }
        if (e.stopDate !== undefined) item.stopDate = e.stopDate
        return item
      }),
      nextToken: next
    }
  },

  SendTaskSuccess (request) {
    const task = liveTask(request)
    const text = requireString(request, 'output')
    let output
    try {
      output = JSON.parse(text)
    } catch (e) {
      throw new ApiError('InvalidOutput', 'Invalid Output: \'' + e.message + '\'')
    }
    task.succeed(output)
    return {}
  },

  SendTaskFailure (request) {
    const task = liveTask(request)
    const error = typeof request.error === 'string' ? request.error : ''
    const cause = typeof request.cause === 'string' ? request.cause : ''
    task.fail(taskError(error, cause))
    return {}
  },

  SendTaskHeartbeat (request) {
    liveTask(request).beat()
    return {}
  }
}

/** The waiting task of a token; AWS's answers for tokens that never were or are no more. */
function liveTask (request) {
  const token = request.taskToken
  if (typeof token !== 'string' || token.length === 0 || token.length > 2048) {
    throw new ApiError('InvalidToken', 'Invalid Token')
  }
  const task = liveTokens.get(token)
  if (task) return task
  if (spentTokens.has(token)) {
    throw new ApiError('TaskTimedOut', 'Task Timed Out: \'Provided task does not exist anymore\'')
  }
  throw new ApiError('TaskDoesNotExist', 'Task Does Not Exist: \'Provided task does not exist\'')
}

// ---------------------------------------------------------------------------------------------------------
// HTTP

const MAX_BODY_BYTES = 1024 * 1024
const TARGET_PREFIX = 'AWSStepFunctions.'

function respond (res, status, body, errorType) {
  const text = JSON.stringify(body)
  const headers = {
    'Content-Type': 'application/x-amz-json-1.0',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': crypto.randomUUID()
  }
  if (errorType) headers['x-amzn-ErrorType'] = errorType
  res.writeHead(status, headers)
  res.end(text)
}

function respondError (res, error) {
  respond(res, error.status, { __type: error.type, message: error.message }, error.type)
}

const server = http.createServer((req, res) => {
  const chunks = []
  let size = 0
  let tooLarge = false
  req.on('data', (chunk) => {
    size += chunk.length
    if (size > MAX_BODY_BYTES) tooLarge = true
    else chunks.push(chunk)
  })
  req.on('error', () => res.destroy())
  req.on('end', () => {
    const target = String(req.headers['x-amz-target'] || '')
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : ''
    try {
      if (req.method !== 'POST') throw new ApiError('UnknownOperationException', 'use POST / with X-Amz-Target: AWSStepFunctions.<Operation>')
      if (tooLarge) throw new ApiError('ValidationException', 'request body larger than ' + MAX_BODY_BYTES + ' bytes')
      if (!Object.prototype.hasOwnProperty.call(operations, operation)) {
        throw new ApiError('UnknownOperationException', 'Unknown operation: \'' + target + '\'')
      }
      let request
      try {
        request = chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch (e) {
        throw new ApiError('SerializationException', 'the request body is not JSON')
      }
      if (request === null || typeof request !== 'object' || Array.isArray(request)) {
        throw new ApiError('SerializationException', 'the request body must be a JSON object')
      }
      respond(res, 200, operations[operation](request))
    } catch (error) {
      if (error instanceof ApiError) {
        respondError(res, error)
      } else {
        console.error(operation + ' failed: ' + (error && error.stack ? error.stack : error))
        respondError(res, new ApiError('InternalServerError', 'the local Step Functions stand-in failed: ' + (error && error.message), 500))
      }
    }
  })
})

server.keepAliveTimeout = 60000

server.on('error', (err) => {
  console.error('stepfunctions failed: ' + err.message)
  process.exit(1)
})

probeStatesTimeoutError().then((errorClass) => {
  StatesTimeoutError = errorClass
  server.listen(port, '127.0.0.1', () => {
    console.log('stepfunctions ready on 127.0.0.1:' + server.address().port +
      (options.sqsEndpoint ? ' (sqs ' + options.sqsEndpoint + ')' : ' (no sqs endpoint)'))
  })
})

let stopping = false
function stop (signal) {
  if (stopping) return
  stopping = true
  console.log('stepfunctions stopping on ' + signal)
  setTimeout(() => process.exit(0), 1000).unref()
  server.close(() => process.exit(0))
  server.closeAllConnections()
}

process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
