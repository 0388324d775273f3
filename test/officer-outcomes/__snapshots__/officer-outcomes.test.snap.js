/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["officer-outcomes-fixture-1280"] = 
`# defs
<svg aria-hidden="true" class="defs" focusable="false">
  <defs>
    <pattern height="4" id="pcv-hatch" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="4">
      <rect class="hatch-bg" height="4" width="4">
      <line class="hatch-line" x1="1" x2="1" y1="0" y2="4">
    <pattern height="34" id="pcv-feedback" patternUnits="userSpaceOnUse" width="34">
      <rect class="mark feedback" height="32" part="unit" width="32" x="0" y="0">
    <pattern height="34" id="pcv-procedures" patternUnits="userSpaceOnUse" width="34">
      <rect class="mark procedures" height="30.5" part="unit" width="30.5" x="0.8" y="0.8">
    <pattern height="34" id="pcv-no-case" patternUnits="userSpaceOnUse" width="34">
      <rect class="mark no-case" height="30.5" part="unit" width="30.5" x="0.8" y="0.8">
    <pattern height="34" id="pcv-from-original" patternUnits="userSpaceOnUse" width="34">
      <circle class="mark from-original" cx="16" cy="16" part="unit" r="16">
    <pattern height="34" id="pcv-new" patternUnits="userSpaceOnUse" width="34">
      <circle class="mark new" cx="16" cy="16" part="unit" r="15.3">
# performance-failings
<svg aria-hidden="true" class="units" focusable="false" height="32" part="units" viewBox="0 0 338 32" width="338">
  <path class="area" d="M0,0h238v34h-238z" fill="url(#pcv-feedback)">
  <path class="area" d="M272,0h68v34h-68z" fill="url(#pcv-procedures)">
# no-case-to-answer
<svg aria-hidden="true" class="units" focusable="false" height="32" part="units" viewBox="0 0 270 32" width="270">
  <path class="area" d="M0,0h272v34h-272z" fill="url(#pcv-no-case)">
# reinvestigation
<svg aria-hidden="true" class="units" focusable="false" height="32" part="units" viewBox="0 0 304 32" width="304">
  <path class="area" d="M0,0h170v34h-170z" fill="url(#pcv-from-original)">
  <path class="area" d="M204,0h102v34h-102z" fill="url(#pcv-new)">
`;
/* end snapshot officer-outcomes-fixture-1280 */

snapshots["officer-outcomes-fixture-320"] = 
`# defs
<svg aria-hidden="true" class="defs" focusable="false">
  <defs>
    <pattern height="4" id="pcv-hatch" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="4">
      <rect class="hatch-bg" height="4" width="4">
      <line class="hatch-line" x1="1" x2="1" y1="0" y2="4">
    <pattern height="16" id="pcv-feedback" patternUnits="userSpaceOnUse" width="16">
      <rect class="mark feedback" height="14" part="unit" width="14" x="0" y="0">
    <pattern height="16" id="pcv-procedures" patternUnits="userSpaceOnUse" width="16">
      <rect class="mark procedures" height="12.5" part="unit" width="12.5" x="0.8" y="0.8">
    <pattern height="16" id="pcv-no-case" patternUnits="userSpaceOnUse" width="16">
      <rect class="mark no-case" height="12.5" part="unit" width="12.5" x="0.8" y="0.8">
    <pattern height="16" id="pcv-from-original" patternUnits="userSpaceOnUse" width="16">
      <circle class="mark from-original" cx="7" cy="7" part="unit" r="7">
    <pattern height="16" id="pcv-new" patternUnits="userSpaceOnUse" width="16">
      <circle class="mark new" cx="7" cy="7" part="unit" r="6.3">
# performance-failings
<svg aria-hidden="true" class="units" focusable="false" height="14" part="units" viewBox="0 0 158 14" width="158">
  <path class="area" d="M0,0h112v16h-112z" fill="url(#pcv-feedback)">
  <path class="area" d="M128,0h32v16h-32z" fill="url(#pcv-procedures)">
# no-case-to-answer
<svg aria-hidden="true" class="units" focusable="false" height="14" part="units" viewBox="0 0 126 14" width="126">
  <path class="area" d="M0,0h128v16h-128z" fill="url(#pcv-no-case)">
# reinvestigation
<svg aria-hidden="true" class="units" focusable="false" height="14" part="units" viewBox="0 0 142 14" width="142">
  <path class="area" d="M0,0h80v16h-80z" fill="url(#pcv-from-original)">
  <path class="area" d="M96,0h48v16h-48z" fill="url(#pcv-new)">
`;
/* end snapshot officer-outcomes-fixture-320 */

