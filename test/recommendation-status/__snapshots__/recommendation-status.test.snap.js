/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["recommendation-status-1280"] = 
`<svg aria-hidden="true" class="bar" data-body="HMICFRS" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-0-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="20" data-status="acceptance:unknown" fill="url(#p-0-acceptance-unknown)" height="24" part="segment" width="1278" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="23" x="628.5" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="640" y="13">20

<svg aria-hidden="true" class="bar" data-body="HMICFRS" data-dimension="implementation" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-0-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="20" data-status="implementation:unknown" fill="url(#p-0-implementation-unknown)" height="24" part="segment" width="1278" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="23" x="628.5" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="640" y="13">20

<svg aria-hidden="true" class="bar" data-body="IOPC" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
  <rect class="seg tone-accepted solid" data-count="18" data-status="acceptance:accepted" fill="currentColor" height="24" part="segment" width="1150" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="23" x="564.5" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="576" y="13">18

<svg aria-hidden="true" class="bar" data-body="IOPC" data-dimension="implementation" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-1-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="18" data-status="implementation:unknown" fill="url(#p-1-implementation-unknown)" height="24" part="segment" width="1150" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="23" x="564.5" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="576" y="13">18

<svg aria-hidden="true" class="bar" data-body="Coroner" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-2-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="5" data-status="acceptance:unknown" fill="url(#p-2-acceptance-unknown)" height="24" part="segment" width="318" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="152.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="160" y="13">5

<svg aria-hidden="true" class="bar" data-body="Coroner" data-dimension="implementation" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-2-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="5" data-status="implementation:unknown" fill="url(#p-2-implementation-unknown)" height="24" part="segment" width="318" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="152.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="160" y="13">5
`;
/* end snapshot recommendation-status-1280 */

snapshots["recommendation-status-320"] = 
`<svg aria-hidden="true" class="bar" data-body="HMICFRS" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-0-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="20" data-status="acceptance:unknown" fill="url(#p-0-acceptance-unknown)" height="24" part="segment" width="318" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="23" x="148.5" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="160" y="13">20

<svg aria-hidden="true" class="bar" data-body="HMICFRS" data-dimension="implementation" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-0-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="20" data-status="implementation:unknown" fill="url(#p-0-implementation-unknown)" height="24" part="segment" width="318" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="23" x="148.5" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="160" y="13">20

<svg aria-hidden="true" class="bar" data-body="IOPC" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
  <rect class="seg tone-accepted solid" data-count="18" data-status="acceptance:accepted" fill="currentColor" height="24" part="segment" width="286" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="23" x="132.5" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="144" y="13">18

<svg aria-hidden="true" class="bar" data-body="IOPC" data-dimension="implementation" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-1-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="18" data-status="implementation:unknown" fill="url(#p-1-implementation-unknown)" height="24" part="segment" width="286" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="23" x="132.5" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="144" y="13">18

<svg aria-hidden="true" class="bar" data-body="Coroner" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-2-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="5" data-status="acceptance:unknown" fill="url(#p-2-acceptance-unknown)" height="24" part="segment" width="78" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="32.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="40" y="13">5

<svg aria-hidden="true" class="bar" data-body="Coroner" data-dimension="implementation" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-unknown" height="6" id="p-2-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-unknown dots" data-count="5" data-status="implementation:unknown" fill="url(#p-2-implementation-unknown)" height="24" part="segment" width="78" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="32.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="40" y="13">5
`;
/* end snapshot recommendation-status-320 */

