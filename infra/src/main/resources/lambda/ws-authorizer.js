// $connect authorizer of the chat WebSocket API: verifies the Cognito JWT passed as ?token= (RS256, issuer, expiry)
// and hands "Bearer <token>" to the integration, which the orchestrator validates again as the local gateway does.
const crypto = require('crypto');
let keys = null;
async function jwks() {
  if (!keys) {
    const res = await fetch(process.env.ISSUER + '/.well-known/jwks.json');
    if (!res.ok) throw new Error('jwks ' + res.status);
    keys = (await res.json()).keys;
  }
  return keys;
}
function part(s) { return JSON.parse(Buffer.from(s, 'base64url').toString('utf8')); }
function deny() { throw new Error('Unauthorized'); }
exports.handler = async (event) => {
  const token = (event.queryStringParameters || {}).token;
  if (!token) deny();
  const [h, p, sig] = token.split('.');
  if (!sig) deny();
  const header = part(h);
  const claims = part(p);
  if (header.alg !== 'RS256' || claims.iss !== process.env.ISSUER) deny();
  if (!(claims.exp > Date.now() / 1000)) deny();
  const jwk = (await jwks()).find((k) => k.kid === header.kid);
  if (!jwk) deny();
  const ok = crypto.verify('RSA-SHA256', Buffer.from(h + '.' + p), crypto.createPublicKey({ key: jwk, format: 'jwk' }),
      Buffer.from(sig, 'base64url'));
  if (!ok) deny();
  return {
    principalId: claims.sub,
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }] },
    context: { bearer: 'Bearer ' + token, sub: claims.sub },
  };
};
