/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["officer-outcomes-fixture-1280"] = 
`# feedback
<svg class="units" data-group="feedback" height="22" part="units" viewBox="0 0 204 22" width="204">
  <g aria-hidden="true">
    <rect class="mark feedback" height="22" part="unit" width="22" x="0" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="26" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="52" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="78" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="104" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="130" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="156" y="0">
    <path class="marker" d="M193,4l7,7l-7,7l-7,-7z">
# upp
<svg class="units" data-group="upp" height="22" part="units" viewBox="0 0 48 22" width="48">
  <g aria-hidden="true">
    <rect class="mark procedures" height="20.5" part="unit" width="20.5" x="0.8" y="0.8">
    <rect class="mark procedures" height="20.5" part="unit" width="20.5" x="26.8" y="0.8">
# no-case
<svg class="units" data-group="no-case" height="22" part="units" viewBox="0 0 230 22" width="230">
  <g aria-hidden="true">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="0.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="26.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="52.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="78.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="104.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="130.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="156.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="182.8" y="0.8">
    <path class="marker" d="M219,4l7,7l-7,7l-7,-7z">
# reinvestigation-from-original
<svg class="units" data-group="reinvestigation-from-original" height="22" part="units" viewBox="0 0 126 22" width="126">
  <g aria-hidden="true">
    <circle class="mark from-original" cx="11" cy="11" part="unit" r="11">
    <circle class="mark from-original" cx="37" cy="11" part="unit" r="11">
    <circle class="mark from-original" cx="63" cy="11" part="unit" r="11">
    <circle class="mark from-original" cx="89" cy="11" part="unit" r="11">
    <circle class="mark from-original" cx="115" cy="11" part="unit" r="11">
# reinvestigation-new
<svg class="units" data-group="reinvestigation-new" height="22" part="units" viewBox="0 0 74 22" width="74">
  <g aria-hidden="true">
    <circle class="mark new" cx="11" cy="11" part="unit" r="10.3">
    <circle class="mark new" cx="37" cy="11" part="unit" r="10.3">
    <circle class="mark new" cx="63" cy="11" part="unit" r="10.3">
`;
/* end snapshot officer-outcomes-fixture-1280 */

snapshots["officer-outcomes-fixture-320"] = 
`# feedback
<svg class="units" data-group="feedback" height="22" part="units" viewBox="0 0 204 22" width="204">
  <g aria-hidden="true">
    <rect class="mark feedback" height="22" part="unit" width="22" x="0" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="26" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="52" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="78" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="104" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="130" y="0">
    <rect class="mark feedback" height="22" part="unit" width="22" x="156" y="0">
    <path class="marker" d="M193,4l7,7l-7,7l-7,-7z">
# upp
<svg class="units" data-group="upp" height="22" part="units" viewBox="0 0 48 22" width="48">
  <g aria-hidden="true">
    <rect class="mark procedures" height="20.5" part="unit" width="20.5" x="0.8" y="0.8">
    <rect class="mark procedures" height="20.5" part="unit" width="20.5" x="26.8" y="0.8">
# no-case
<svg class="units" data-group="no-case" height="22" part="units" viewBox="0 0 230 22" width="230">
  <g aria-hidden="true">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="0.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="26.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="52.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="78.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="104.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="130.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="156.8" y="0.8">
    <rect class="mark no-case" height="20.5" part="unit" width="20.5" x="182.8" y="0.8">
    <path class="marker" d="M219,4l7,7l-7,7l-7,-7z">
# reinvestigation-from-original
<svg class="units" data-group="reinvestigation-from-original" height="22" part="units" viewBox="0 0 126 22" width="126">
  <g aria-hidden="true">
    <circle class="mark from-original" cx="11" cy="11" part="unit" r="11">
    <circle class="mark from-original" cx="37" cy="11" part="unit" r="11">
    <circle class="mark from-original" cx="63" cy="11" part="unit" r="11">
    <circle class="mark from-original" cx="89" cy="11" part="unit" r="11">
    <circle class="mark from-original" cx="115" cy="11" part="unit" r="11">
# reinvestigation-new
<svg class="units" data-group="reinvestigation-new" height="22" part="units" viewBox="0 0 74 22" width="74">
  <g aria-hidden="true">
    <circle class="mark new" cx="11" cy="11" part="unit" r="10.3">
    <circle class="mark new" cx="37" cy="11" part="unit" r="10.3">
    <circle class="mark new" cx="63" cy="11" part="unit" r="10.3">
`;
/* end snapshot officer-outcomes-fixture-320 */

