// Cognito pre-token-generation (V2): puts the user's groups into the "roles" claim the services read
// (RolesClaimConverter), in both the ID and the access token.
exports.handler = async (event) => {
  const groups = (event.request.groupConfiguration || {}).groupsToOverride || [];
  const claims = { claimsToAddOrOverride: { roles: groups } };
  event.response = { claimsAndScopeOverrideDetails: { idTokenGeneration: claims, accessTokenGeneration: claims } };
  return event;
};
