/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["recommendation-status-fixture-1280"] = 
`<svg aria-hidden="true" class="bar" data-body="Body 0" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-rejected" height="6" id="p-0-acceptance-rejected" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-no-response" height="6" id="p-0-acceptance-no-response" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-unknown" height="6" id="p-0-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-accepted solid" data-count="4" data-status="acceptance:accepted" fill="currentColor" height="24" part="segment" width="339.3" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="162.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="170.7" y="13">4
  <rect class="seg tone-rejected cross" data-count="3" data-status="acceptance:rejected" fill="url(#p-0-acceptance-rejected)" height="24" part="segment" width="254" x="342.3" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="461.6" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="469.3" y="13">3
  <rect class="seg tone-no-response horizontal" data-count="4" data-status="acceptance:no-response" fill="url(#p-0-acceptance-no-response)" height="24" part="segment" width="339.3" x="598.3" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="760.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="768" y="13">4
  <rect class="seg tone-unknown dots" data-count="4" data-status="acceptance:unknown" fill="url(#p-0-acceptance-unknown)" height="24" part="segment" width="339.3" x="939.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="1101.6" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="1109.3" y="13">4

<svg aria-hidden="true" class="bar" data-body="Body 0" data-dimension="implementation" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-claimed" height="6" id="p-0-implementation-claimed" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2.5" x1="0" x2="0" y1="0" y2="6">
    <pattern class="tone-in-progress" height="6" id="p-0-implementation-in-progress" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-not-started" height="6" id="p-0-implementation-not-started" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-unknown" height="6" id="p-0-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-verified solid" data-count="3" data-status="implementation:verified-complete" fill="currentColor" height="24" part="segment" width="254" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="120.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="128" y="13">3
  <rect class="seg tone-claimed diagonal" data-count="3" data-status="implementation:claimed-complete" fill="url(#p-0-implementation-claimed)" height="24" part="segment" width="254" x="257" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="376.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="384" y="13">3
  <rect class="seg tone-in-progress horizontal" data-count="3" data-status="implementation:in-progress" fill="url(#p-0-implementation-in-progress)" height="24" part="segment" width="254" x="513" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="632.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="640" y="13">3
  <rect class="seg tone-not-started cross" data-count="3" data-status="implementation:not-started" fill="url(#p-0-implementation-not-started)" height="24" part="segment" width="254" x="769" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="888.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="896" y="13">3
  <rect class="seg tone-unknown dots" data-count="3" data-status="implementation:unknown" fill="url(#p-0-implementation-unknown)" height="24" part="segment" width="254" x="1025" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="1144.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="1152" y="13">3

<svg aria-hidden="true" class="bar" data-body="Body 1" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-rejected" height="6" id="p-1-acceptance-rejected" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-no-response" height="6" id="p-1-acceptance-no-response" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-unknown" height="6" id="p-1-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-accepted solid" data-count="4" data-status="acceptance:accepted" fill="currentColor" height="24" part="segment" width="339.3" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="162.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="170.7" y="13">4
  <rect class="seg tone-rejected cross" data-count="4" data-status="acceptance:rejected" fill="url(#p-1-acceptance-rejected)" height="24" part="segment" width="339.3" x="342.3" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="504.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="512" y="13">4
  <rect class="seg tone-no-response horizontal" data-count="3" data-status="acceptance:no-response" fill="url(#p-1-acceptance-no-response)" height="24" part="segment" width="254" x="683.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="802.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="810.7" y="13">3
  <rect class="seg tone-unknown dots" data-count="3" data-status="acceptance:unknown" fill="url(#p-1-acceptance-unknown)" height="24" part="segment" width="254" x="939.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="1058.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="1066.7" y="13">3

<svg aria-hidden="true" class="bar" data-body="Body 1" data-dimension="implementation" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-claimed" height="6" id="p-1-implementation-claimed" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2.5" x1="0" x2="0" y1="0" y2="6">
    <pattern class="tone-in-progress" height="6" id="p-1-implementation-in-progress" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-not-started" height="6" id="p-1-implementation-not-started" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-unknown" height="6" id="p-1-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-verified solid" data-count="3" data-status="implementation:verified-complete" fill="currentColor" height="24" part="segment" width="254" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="120.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="128" y="13">3
  <rect class="seg tone-claimed diagonal" data-count="3" data-status="implementation:claimed-complete" fill="url(#p-1-implementation-claimed)" height="24" part="segment" width="254" x="257" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="376.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="384" y="13">3
  <rect class="seg tone-in-progress horizontal" data-count="3" data-status="implementation:in-progress" fill="url(#p-1-implementation-in-progress)" height="24" part="segment" width="254" x="513" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="632.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="640" y="13">3
  <rect class="seg tone-not-started cross" data-count="2" data-status="implementation:not-started" fill="url(#p-1-implementation-not-started)" height="24" part="segment" width="168.7" x="769" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="845.6" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="853.3" y="13">2
  <rect class="seg tone-unknown dots" data-count="3" data-status="implementation:unknown" fill="url(#p-1-implementation-unknown)" height="24" part="segment" width="254" x="939.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="1058.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="1066.7" y="13">3

<svg aria-hidden="true" class="bar" data-body="Body 2" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-rejected" height="6" id="p-2-acceptance-rejected" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-no-response" height="6" id="p-2-acceptance-no-response" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-unknown" height="6" id="p-2-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-accepted solid" data-count="3" data-status="acceptance:accepted" fill="currentColor" height="24" part="segment" width="254" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="120.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="128" y="13">3
  <rect class="seg tone-rejected cross" data-count="4" data-status="acceptance:rejected" fill="url(#p-2-acceptance-rejected)" height="24" part="segment" width="339.3" x="257" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="418.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="426.7" y="13">4
  <rect class="seg tone-no-response horizontal" data-count="4" data-status="acceptance:no-response" fill="url(#p-2-acceptance-no-response)" height="24" part="segment" width="339.3" x="598.3" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="760.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="768" y="13">4
  <rect class="seg tone-unknown dots" data-count="3" data-status="acceptance:unknown" fill="url(#p-2-acceptance-unknown)" height="24" part="segment" width="254" x="939.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="1058.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="1066.7" y="13">3

<svg aria-hidden="true" class="bar" data-body="Body 2" data-dimension="implementation" height="26" part="bar" viewBox="0 0 1280 26" width="1280">
  <defs>
    <pattern class="tone-claimed" height="6" id="p-2-implementation-claimed" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2.5" x1="0" x2="0" y1="0" y2="6">
    <pattern class="tone-in-progress" height="6" id="p-2-implementation-in-progress" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-not-started" height="6" id="p-2-implementation-not-started" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-unknown" height="6" id="p-2-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-verified solid" data-count="3" data-status="implementation:verified-complete" fill="currentColor" height="24" part="segment" width="254" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="120.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="128" y="13">3
  <rect class="seg tone-claimed diagonal" data-count="3" data-status="implementation:claimed-complete" fill="url(#p-2-implementation-claimed)" height="24" part="segment" width="254" x="257" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="376.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="384" y="13">3
  <rect class="seg tone-in-progress horizontal" data-count="3" data-status="implementation:in-progress" fill="url(#p-2-implementation-in-progress)" height="24" part="segment" width="254" x="513" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="632.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="640" y="13">3
  <rect class="seg tone-not-started cross" data-count="3" data-status="implementation:not-started" fill="url(#p-2-implementation-not-started)" height="24" part="segment" width="254" x="769" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="888.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="896" y="13">3
  <rect class="seg tone-unknown dots" data-count="2" data-status="implementation:unknown" fill="url(#p-2-implementation-unknown)" height="24" part="segment" width="168.7" x="1025" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="1101.6" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="1109.3" y="13">2
`;
/* end snapshot recommendation-status-fixture-1280 */

snapshots["recommendation-status-fixture-320"] = 
`<svg aria-hidden="true" class="bar" data-body="Body 0" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-rejected" height="6" id="p-0-acceptance-rejected" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-no-response" height="6" id="p-0-acceptance-no-response" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-unknown" height="6" id="p-0-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-accepted solid" data-count="4" data-status="acceptance:accepted" fill="currentColor" height="24" part="segment" width="83.3" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="34.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="42.7" y="13">4
  <rect class="seg tone-rejected cross" data-count="3" data-status="acceptance:rejected" fill="url(#p-0-acceptance-rejected)" height="24" part="segment" width="62" x="86.3" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="109.6" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="117.3" y="13">3
  <rect class="seg tone-no-response horizontal" data-count="4" data-status="acceptance:no-response" fill="url(#p-0-acceptance-no-response)" height="24" part="segment" width="83.3" x="150.3" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="184.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="192" y="13">4
  <rect class="seg tone-unknown dots" data-count="4" data-status="acceptance:unknown" fill="url(#p-0-acceptance-unknown)" height="24" part="segment" width="83.3" x="235.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="269.6" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="277.3" y="13">4

<svg aria-hidden="true" class="bar" data-body="Body 0" data-dimension="implementation" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-claimed" height="6" id="p-0-implementation-claimed" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2.5" x1="0" x2="0" y1="0" y2="6">
    <pattern class="tone-in-progress" height="6" id="p-0-implementation-in-progress" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-not-started" height="6" id="p-0-implementation-not-started" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-unknown" height="6" id="p-0-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-verified solid" data-count="3" data-status="implementation:verified-complete" fill="currentColor" height="24" part="segment" width="62" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="24.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="32" y="13">3
  <rect class="seg tone-claimed diagonal" data-count="3" data-status="implementation:claimed-complete" fill="url(#p-0-implementation-claimed)" height="24" part="segment" width="62" x="65" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="88.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="96" y="13">3
  <rect class="seg tone-in-progress horizontal" data-count="3" data-status="implementation:in-progress" fill="url(#p-0-implementation-in-progress)" height="24" part="segment" width="62" x="129" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="152.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="160" y="13">3
  <rect class="seg tone-not-started cross" data-count="3" data-status="implementation:not-started" fill="url(#p-0-implementation-not-started)" height="24" part="segment" width="62" x="193" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="216.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="224" y="13">3
  <rect class="seg tone-unknown dots" data-count="3" data-status="implementation:unknown" fill="url(#p-0-implementation-unknown)" height="24" part="segment" width="62" x="257" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="280.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="288" y="13">3

<svg aria-hidden="true" class="bar" data-body="Body 1" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-rejected" height="6" id="p-1-acceptance-rejected" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-no-response" height="6" id="p-1-acceptance-no-response" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-unknown" height="6" id="p-1-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-accepted solid" data-count="4" data-status="acceptance:accepted" fill="currentColor" height="24" part="segment" width="83.3" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="34.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="42.7" y="13">4
  <rect class="seg tone-rejected cross" data-count="4" data-status="acceptance:rejected" fill="url(#p-1-acceptance-rejected)" height="24" part="segment" width="83.3" x="86.3" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="120.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="128" y="13">4
  <rect class="seg tone-no-response horizontal" data-count="3" data-status="acceptance:no-response" fill="url(#p-1-acceptance-no-response)" height="24" part="segment" width="62" x="171.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="194.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="202.7" y="13">3
  <rect class="seg tone-unknown dots" data-count="3" data-status="acceptance:unknown" fill="url(#p-1-acceptance-unknown)" height="24" part="segment" width="62" x="235.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="258.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="266.7" y="13">3

<svg aria-hidden="true" class="bar" data-body="Body 1" data-dimension="implementation" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-claimed" height="6" id="p-1-implementation-claimed" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2.5" x1="0" x2="0" y1="0" y2="6">
    <pattern class="tone-in-progress" height="6" id="p-1-implementation-in-progress" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-not-started" height="6" id="p-1-implementation-not-started" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-unknown" height="6" id="p-1-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-verified solid" data-count="3" data-status="implementation:verified-complete" fill="currentColor" height="24" part="segment" width="62" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="24.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="32" y="13">3
  <rect class="seg tone-claimed diagonal" data-count="3" data-status="implementation:claimed-complete" fill="url(#p-1-implementation-claimed)" height="24" part="segment" width="62" x="65" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="88.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="96" y="13">3
  <rect class="seg tone-in-progress horizontal" data-count="3" data-status="implementation:in-progress" fill="url(#p-1-implementation-in-progress)" height="24" part="segment" width="62" x="129" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="152.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="160" y="13">3
  <rect class="seg tone-not-started cross" data-count="2" data-status="implementation:not-started" fill="url(#p-1-implementation-not-started)" height="24" part="segment" width="40.7" x="193" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="205.6" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="213.3" y="13">2
  <rect class="seg tone-unknown dots" data-count="3" data-status="implementation:unknown" fill="url(#p-1-implementation-unknown)" height="24" part="segment" width="62" x="235.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="258.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="266.7" y="13">3

<svg aria-hidden="true" class="bar" data-body="Body 2" data-dimension="acceptance" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-rejected" height="6" id="p-2-acceptance-rejected" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-no-response" height="6" id="p-2-acceptance-no-response" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-unknown" height="6" id="p-2-acceptance-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-accepted solid" data-count="3" data-status="acceptance:accepted" fill="currentColor" height="24" part="segment" width="62" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="24.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="32" y="13">3
  <rect class="seg tone-rejected cross" data-count="4" data-status="acceptance:rejected" fill="url(#p-2-acceptance-rejected)" height="24" part="segment" width="83.3" x="65" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="98.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="106.7" y="13">4
  <rect class="seg tone-no-response horizontal" data-count="4" data-status="acceptance:no-response" fill="url(#p-2-acceptance-no-response)" height="24" part="segment" width="83.3" x="150.3" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="184.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="192" y="13">4
  <rect class="seg tone-unknown dots" data-count="3" data-status="acceptance:unknown" fill="url(#p-2-acceptance-unknown)" height="24" part="segment" width="62" x="235.7" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="258.9" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="266.7" y="13">3

<svg aria-hidden="true" class="bar" data-body="Body 2" data-dimension="implementation" height="26" part="bar" viewBox="0 0 320 26" width="320">
  <defs>
    <pattern class="tone-claimed" height="6" id="p-2-implementation-claimed" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2.5" x1="0" x2="0" y1="0" y2="6">
    <pattern class="tone-in-progress" height="6" id="p-2-implementation-in-progress" patternTransform="rotate(0)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="2" x1="0" x2="6" y1="3" y2="3">
    <pattern class="tone-not-started" height="6" id="p-2-implementation-not-started" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="0" y1="0" y2="6">
      <line class="pat-ink" stroke-width="1.5" x1="0" x2="6" y1="0" y2="0">
    <pattern class="tone-unknown" height="6" id="p-2-implementation-unknown" patternTransform="rotate(45)" patternUnits="userSpaceOnUse" width="6">
      <rect class="pat-bg" height="6" width="6">
      <circle class="pat-dot" cx="3" cy="3" r="1.4">
  <rect class="seg tone-verified solid" data-count="3" data-status="implementation:verified-complete" fill="currentColor" height="24" part="segment" width="62" x="1" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="24.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="32" y="13">3
  <rect class="seg tone-claimed diagonal" data-count="3" data-status="implementation:claimed-complete" fill="url(#p-2-implementation-claimed)" height="24" part="segment" width="62" x="65" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="88.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="96" y="13">3
  <rect class="seg tone-in-progress horizontal" data-count="3" data-status="implementation:in-progress" fill="url(#p-2-implementation-in-progress)" height="24" part="segment" width="62" x="129" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="152.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="160" y="13">3
  <rect class="seg tone-not-started cross" data-count="3" data-status="implementation:not-started" fill="url(#p-2-implementation-not-started)" height="24" part="segment" width="62" x="193" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="216.3" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="224" y="13">3
  <rect class="seg tone-unknown dots" data-count="2" data-status="implementation:unknown" fill="url(#p-2-implementation-unknown)" height="24" part="segment" width="40.7" x="257" y="1">
  <rect class="label-bg" height="16" rx="3" width="15.5" x="269.6" y="5">
  <text class="count-label" dominant-baseline="central" text-anchor="middle" x="277.3" y="13">2
`;
/* end snapshot recommendation-status-fixture-320 */

