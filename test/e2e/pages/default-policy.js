// A page's own Trusted Types default policy, as a page with `trusted-types default` has:
// it passes strings through and counts them (a real page would sanitise).
window.__defaultPolicyCalls = 0;
trustedTypes.createPolicy('default', {
  createHTML: (html) => {
    window.__defaultPolicyCalls++;
    return html;
  },
});
