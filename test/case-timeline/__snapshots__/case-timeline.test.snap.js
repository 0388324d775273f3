/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["case-timeline-case-1280"] = 
`<svg aria-describedby="key-hint" aria-label="Timeline chart, 23 events" class="chart" font-size="12" height="744" part="chart" role="grid" viewBox="0 0 1280 744" width="1280">
  <g aria-hidden="true" class="axis" part="axis">
    <rect class="panel panel-before" height="726" width="64" x="4" y="18">
    <text class="caption" x="4" y="12">Before
    <line class="tick" x1="50.8" x2="50.8" y1="18" y2="744">
    <text class="tick-label" x="53.8" y="31">2014
    <rect class="panel panel-focus" height="726" width="719" x="92" y="18">
    <text class="caption" x="92" y="12">The focus span
    <line class="tick" x1="133" x2="133" y1="18" y2="744">
    <text class="tick-label" x="136" y="31">Jul
    <text class="tick-sub" x="136" y="44">2014
    <line class="tick" x1="176.1" x2="176.1" y1="18" y2="744">
    <text class="tick-label" x="179.1" y="31">Aug
    <line class="tick" x1="219.3" x2="219.3" y1="18" y2="744">
    <text class="tick-label" x="222.3" y="31">Sep
    <line class="tick" x1="261" x2="261" y1="18" y2="744">
    <text class="tick-label" x="264" y="31">Oct
    <line class="tick" x1="304.1" x2="304.1" y1="18" y2="744">
    <text class="tick-label" x="307.1" y="31">Nov
    <line class="tick" x1="345.8" x2="345.8" y1="18" y2="744">
    <text class="tick-label" x="348.8" y="31">Dec
    <line class="tick" x1="388.9" x2="388.9" y1="18" y2="744">
    <text class="tick-label" x="391.9" y="31">Jan
    <text class="tick-sub" x="391.9" y="44">2015
    <line class="tick" x1="432" x2="432" y1="18" y2="744">
    <text class="tick-label" x="435" y="31">Feb
    <line class="tick" x1="471" x2="471" y1="18" y2="744">
    <text class="tick-label" x="474" y="31">Mar
    <line class="tick" x1="514.1" x2="514.1" y1="18" y2="744">
    <text class="tick-label" x="517.1" y="31">Apr
    <line class="tick" x1="555.8" x2="555.8" y1="18" y2="744">
    <text class="tick-label" x="558.8" y="31">May
    <line class="tick" x1="598.9" x2="598.9" y1="18" y2="744">
    <text class="tick-label" x="601.9" y="31">Jun
    <line class="tick" x1="640.6" x2="640.6" y1="18" y2="744">
    <text class="tick-label" x="643.6" y="31">Jul
    <line class="tick" x1="683.7" x2="683.7" y1="18" y2="744">
    <text class="tick-label" x="686.7" y="31">Aug
    <line class="tick" x1="726.9" x2="726.9" y1="18" y2="744">
    <text class="tick-label" x="729.9" y="31">Sep
    <line class="tick" x1="768.6" x2="768.6" y1="18" y2="744">
    <text class="tick-label" x="771.6" y="31">Oct
    <path class="break" d="M76,48 l6,-12 M82,48 l6,-12">
    <rect class="panel panel-after" height="726" width="441" x="835" y="18">
    <text class="caption" x="835" y="12">What followed (compressed)
    <line class="tick" x1="844.6" x2="844.6" y1="18" y2="744">
    <text class="tick-label" x="847.6" y="31">2016
    <line class="tick" x1="901.9" x2="901.9" y1="18" y2="744">
    <text class="tick-label" x="904.9" y="31">2017
    <line class="tick" x1="959.1" x2="959.1" y1="18" y2="744">
    <text class="tick-label" x="962.1" y="31">2018
    <line class="tick" x1="1016.2" x2="1016.2" y1="18" y2="744">
    <text class="tick-label" x="1019.2" y="31">2019
    <line class="tick" x1="1073.3" x2="1073.3" y1="18" y2="744">
    <text class="tick-label" x="1076.3" y="31">2020
    <line class="tick" x1="1130.6" x2="1130.6" y1="18" y2="744">
    <text class="tick-label" x="1133.6" y="31">2021
    <line class="tick" x1="1187.8" x2="1187.8" y1="18" y2="744">
    <text class="tick-label" x="1190.8" y="31">2022
    <line class="tick" x1="1244.9" x2="1244.9" y1="18" y2="744">
    <text class="tick-label" x="1247.9" y="31">2023
    <path class="break" d="M819,48 l6,-12 M825,48 l6,-12">
  <g aria-hidden="true" class="lanes">
    <g class="lane cat-death" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="50" y2="50">
      <text class="lane-name" x="4" y="63">Deaths
    <g class="lane cat-police-failure" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="178" y2="178">
      <text class="lane-name" x="4" y="191">Police failures
    <g class="lane cat-family" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="288" y2="288">
      <text class="lane-name" x="4" y="301">Families’ concerns
    <g class="lane cat-justice" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="374" y2="374">
      <text class="lane-name" x="4" y="387">Justice
    <g class="lane cat-watchdog" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="446" y2="446">
      <text class="lane-name" x="4" y="459">Watchdog
    <g class="lane cat-inquest" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="532" y2="532">
      <text class="lane-name" x="4" y="545">Inquests
    <g class="lane cat-inspection" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="658" y2="658">
      <text class="lane-name" x="4" y="671">Inspections
    <line class="rule" x1="117" x2="117" y1="178" y2="739">
    <line class="rule" x1="214.4" x2="214.4" y1="178" y2="739">
    <line class="rule" x1="246.4" x2="246.4" y1="178" y2="739">
    <line class="rule" x1="745.6" x2="745.6" y1="178" y2="739">
  <g aria-hidden="true" class="labels">
    <g class="label strong" data-label="death-d" part="label">
      <line class="leader" x1="746" x2="746" y1="91" y2="98">
      <text x="746" y="109">
        <tspan dy="0" x="746">Person
        <tspan dy="14" x="746">Delta
    <g class="label strong" data-label="death-c" part="label">
      <line class="leader" x1="246" x2="246" y1="91" y2="98">
      <text x="246" y="109">
        <tspan dy="0" x="246">Person
        <tspan dy="14" x="246">Gamma
    <g class="label strong" data-label="death-b" part="label">
      <line class="leader" x1="214" x2="214" y1="91" y2="140">
      <text x="214" y="151">
        <tspan dy="0" x="214">Person
        <tspan dy="14" x="214">Beta
    <g class="label strong" data-label="death-a" part="label">
      <line class="leader" x1="117" x2="117" y1="91" y2="98">
      <text x="117" y="109">
        <tspan dy="0" x="117">Person
        <tspan dy="14" x="117">Alpha
    <g class="label" data-label="fam-a" part="label">
      <line class="leader" x1="112" x2="112" y1="329" y2="336">
      <text x="112" y="347">
        <tspan dy="0" x="112">Family A’s
        <tspan dy="14" x="112">account
    <g class="label" data-label="convicted" part="label">
      <line class="leader" x1="896" x2="896" y1="415" y2="422">
      <text x="896" y="433">
        <tspan dy="0" x="896">Convicted
    <g class="label" data-label="linked" part="label">
      <line class="leader" x1="790" x2="790" y1="415" y2="422">
      <text x="790" y="433">
        <tspan dy="0" x="790">Deaths linked
    <g class="label" data-label="before" part="label">
      <line class="leader" x1="8" x2="8" y1="415" y2="422">
      <text x="8" y="433">
        <tspan dy="0" x="8">Earlier arrest
    <g class="label" data-label="outcome" part="label">
      <line class="leader" x1="1047" x2="1047" y1="487" y2="494">
      <text x="1047" y="505">
        <tspan dy="0" x="1047">Probe outcome
    <g class="label" data-label="probe" part="label">
      <line class="leader" x1="769" x2="769" y1="481" y2="494">
      <text x="769" y="505">
        <tspan dy="0" x="769">Watchdog probe
        <tspan dy="14" x="769">about 2 years and 10 months
    <g class="label" data-label="finding" part="label">
      <line class="leader" x1="1184" x2="1184" y1="599" y2="606">
      <text x="1184" y="617">
        <tspan dy="0" x="1184">Jury finding
    <g class="label" data-label="hearings" part="label">
      <line class="leader" x1="1174" x2="1174" y1="567" y2="634">
      <text x="1174" y="645">
        <tspan dy="0" x="1174">Hearings
    <g class="label" data-label="report" part="label">
      <line class="leader" x1="1263" x2="1263" y1="699" y2="706">
      <text x="1224" y="717">
        <tspan dy="0" x="1224">Inspection
        <tspan dy="14" x="1224">report
  <g aria-label="Deaths" role="row">
    <g aria-expanded="false" aria-label="19 June 2014. Death. Placeholder title of death-a" class="event cat-death" data-event="death-a" part="event" role="gridcell" tabindex="0">
      <rect class="hit" height="24" rx="6" width="24" x="105" y="69">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(117 81)">
    <g aria-expanded="false" aria-label="28 August 2014. Death. Placeholder title of death-b" class="event cat-death" data-event="death-b" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="202.4" y="69">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(214.4 81)">
    <g aria-expanded="false" aria-label="20 September 2014. Death. Placeholder title of death-c" class="event cat-death" data-event="death-c" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="234.4" y="69">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(246.4 81)">
    <g aria-expanded="false" aria-label="14 September 2015. Death. Placeholder title of death-d" class="event cat-death" data-event="death-d" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="733.6" y="69">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(745.6 81)">
  <g aria-label="Police failures" role="row">
    <g aria-expanded="false" aria-label="about June 2014. Police failure 4. Placeholder title of f-a4" class="event cat-police-failure" data-event="f-a4" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="88.8" y="249">
      <line class="whisker" x1="68" x2="132.3" y1="261" y2="261">
      <circle class="approx" cx="100.8" cy="261" r="11">
      <circle class="badge" cx="100.8" cy="261" r="10">
      <text class="badge-number" x="100.8" y="265">4
    <g aria-expanded="false" aria-label="19 June 2014. Police failure 1. Placeholder title of f-a1" class="event cat-police-failure" data-event="f-a1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="105" y="197">
      <circle class="badge" cx="117" cy="209" r="10">
      <text class="badge-number" x="117" y="213">1
    <g aria-expanded="false" aria-label="19 June 2014. Police failure 2. Placeholder title of f-a2" class="event cat-police-failure" data-event="f-a2" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="105" y="223">
      <circle class="badge" cx="117" cy="235" r="10">
      <text class="badge-number" x="117" y="239">2
    <g aria-expanded="false" aria-label="26 June 2014. Police failure 3. Placeholder title of f-a3" class="event cat-police-failure" data-event="f-a3" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="114.8" y="249">
      <circle class="badge" cx="126.8" cy="261" r="10">
      <text class="badge-number" x="126.8" y="265">3
    <g aria-expanded="false" aria-label="2014. Police failure 9. Placeholder title of f-a5" class="event cat-police-failure" data-event="f-a5" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="131" y="197">
      <line class="whisker" x1="50.8" x2="388.2" y1="209" y2="209">
      <circle class="badge" cx="143" cy="209" r="10">
      <text class="badge-number" x="143" y="213">9
    <g aria-expanded="false" aria-label="August 2014 to October 2015. Police failure 5. Placeholder title of span-f" class="event cat-police-failure" data-event="span-f" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="684.2" x="164.8" y="197">
      <rect class="bar" height="6" width="634.2" x="176.8" y="206">
      <rect class="bar" height="6" width="2" x="835" y="206">
      <circle class="badge" cx="176.8" cy="209" r="10">
      <text class="badge-number" x="176.8" y="213">5
    <g aria-expanded="false" aria-label="August 2014. Police failure 7. Placeholder title of f-b2" class="event cat-police-failure" data-event="f-b2" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="176.4" y="223">
      <line class="whisker" x1="176.8" x2="218.6" y1="235" y2="235">
      <circle class="badge" cx="188.4" cy="235" r="10">
      <text class="badge-number" x="188.4" y="239">7
    <g aria-expanded="false" aria-label="28 August 2014. Police failure 6. Placeholder title of f-b1" class="event cat-police-failure" data-event="f-b1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="202.4" y="223">
      <circle class="badge" cx="214.4" cy="235" r="10">
      <text class="badge-number" x="214.4" y="239">6
    <g aria-expanded="false" aria-label="20 September 2014. Police failure 8. Placeholder title of f-c1" class="event cat-police-failure" data-event="f-c1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="234.4" y="223">
      <circle class="badge" cx="246.4" cy="235" r="10">
      <text class="badge-number" x="246.4" y="239">8
    <g aria-expanded="false" aria-label="14 September 2015. Police failure 10. Placeholder title of f-d1" class="event cat-police-failure" data-event="f-d1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="733.6" y="223">
      <circle class="badge" cx="745.6" cy="235" r="10">
      <text class="badge-number" x="745.6" y="239">10
  <g aria-label="Families’ concerns" role="row">
    <g aria-expanded="false" aria-label="about June 2014. Family concern. Placeholder title of fam-a" class="event cat-family" data-event="fam-a" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="100.2" y="307">
      <line class="whisker" x1="68" x2="132.3" y1="319" y2="319">
      <circle class="approx" cx="112.2" cy="319" r="11">
      <path class="fill" d="M2.8,1.6L2.8,7.3L-2.8,7.3L-2.8,1.6L-7.7,-1.2L-4.9,-6.1L0,-3.3L4.9,-6.1L7.7,-1.2Z" transform="translate(112.2 319)">
  <g aria-label="Justice" role="row">
    <g aria-expanded="false" aria-label="December 2012. Justice. Placeholder title of before" class="event cat-justice" data-event="before" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="-4.4" y="393">
      <line class="whisker" x1="5.9" x2="9.3" y1="405" y2="405">
      <path class="fill" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(7.6 405)">
    <g aria-expanded="false" aria-label="October 2015. Justice. Placeholder title of linked" class="event cat-justice" data-event="linked" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="778.1" y="393">
      <line class="whisker" x1="769.3" x2="811" y1="405" y2="405">
      <path class="fill" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(790.1 405)">
    <g aria-expanded="false" aria-label="23 November 2016. Justice. Placeholder title of convicted" class="event cat-justice" data-event="convicted" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="883.9" y="393">
      <path class="fill" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(895.9 405)">
  <g aria-label="Watchdog" role="row">
    <g aria-expanded="false" aria-label="October 2015 to August 2018. Watchdog. Placeholder title of probe" class="event cat-watchdog" data-event="probe" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="251.7" x="757.3" y="465">
      <rect class="bar" height="6" width="41.7" x="769.3" y="474">
      <rect class="bar" height="6" width="162" x="835" y="474">
      <path class="open" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(769.3 477)">
    <g aria-expanded="false" aria-label="about July 2019. Watchdog. Placeholder title of outcome" class="event cat-watchdog" data-event="outcome" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="1035" y="465">
      <line class="whisker" x1="1044.6" x2="1049.3" y1="477" y2="477">
      <circle class="approx" cx="1047" cy="477" r="11">
      <path class="open" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(1047 477)">
  <g aria-label="Inquests" role="row">
    <g aria-expanded="false" aria-label="5 October 2021 to 10 December 2021. Inquest. Placeholder title of hearings" class="event cat-inquest" data-event="hearings" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="34.3" x="1162.1" y="551">
      <rect class="bar" height="6" width="10.3" x="1174.1" y="560">
      <path class="open" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(1174.1 563)">
    <g aria-expanded="false" aria-label="10 December 2021. Inquest. Placeholder title of finding" class="event cat-inquest" data-event="finding" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="1172.4" y="577">
      <path class="open" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(1184.4 589)">
  <g aria-label="Inspections" role="row">
    <g aria-expanded="false" aria-label="27 April 2023. Inspection. Placeholder title of report" class="event cat-inspection" data-event="report" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="1251.2" y="677">
      <path class="fill" d="M0,-9.8L5.6,0L0,9.8L-5.6,0Z" transform="translate(1263.2 689)">
`;
/* end snapshot case-timeline-case-1280 */

snapshots["case-timeline-case-768"] = 
`<svg aria-describedby="key-hint" aria-label="Timeline chart, 23 events" class="chart" font-size="12" height="796" part="chart" role="grid" viewBox="0 0 768 796" width="768">
  <g aria-hidden="true" class="axis" part="axis">
    <rect class="panel panel-before" height="778" width="64" x="4" y="18">
    <text class="caption" x="4" y="12">Before
    <line class="tick" x1="50.8" x2="50.8" y1="18" y2="796">
    <text class="tick-label" x="53.8" y="31">2014
    <rect class="panel panel-focus" height="778" width="402" x="92" y="18">
    <text class="caption" x="92" y="12">The focus span
    <line class="tick" x1="114.9" x2="114.9" y1="18" y2="796">
    <text class="tick-label" x="117.9" y="31">Jul
    <text class="tick-sub" x="117.9" y="44">2014
    <line class="tick" x1="186.5" x2="186.5" y1="18" y2="796">
    <text class="tick-label" x="189.5" y="31">Oct
    <line class="tick" x1="258" x2="258" y1="18" y2="796">
    <text class="tick-label" x="261" y="31">Jan
    <text class="tick-sub" x="261" y="44">2015
    <line class="tick" x1="328" x2="328" y1="18" y2="796">
    <text class="tick-label" x="331" y="31">Apr
    <line class="tick" x1="398.7" x2="398.7" y1="18" y2="796">
    <text class="tick-label" x="401.7" y="31">Jul
    <line class="tick" x1="470.3" x2="470.3" y1="18" y2="796">
    <text class="tick-label" x="473.3" y="31">Oct
    <path class="break" d="M76,48 l6,-12 M82,48 l6,-12">
    <rect class="panel panel-after" height="778" width="246" x="518" y="18">
    <text class="caption" x="518" y="12">What followed (compressed)
    <line class="tick" x1="523.4" x2="523.4" y1="18" y2="796">
    <text class="tick-label" x="526.4" y="31">2016
    <line class="tick" x1="587.2" x2="587.2" y1="18" y2="796">
    <text class="tick-label" x="590.2" y="31">2018
    <line class="tick" x1="651" x2="651" y1="18" y2="796">
    <text class="tick-label" x="654" y="31">2020
    <line class="tick" x1="714.8" x2="714.8" y1="18" y2="796">
    <text class="tick-label" x="717.8" y="31">2022
    <path class="break" d="M502,48 l6,-12 M508,48 l6,-12">
  <g aria-hidden="true" class="lanes">
    <g class="lane cat-death" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="50" y2="50">
      <text class="lane-name" x="4" y="63">Deaths
    <g class="lane cat-police-failure" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="178" y2="178">
      <text class="lane-name" x="4" y="191">Police failures
    <g class="lane cat-family" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="340" y2="340">
      <text class="lane-name" x="4" y="353">Families’ concerns
    <g class="lane cat-justice" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="426" y2="426">
      <text class="lane-name" x="4" y="439">Justice
    <g class="lane cat-watchdog" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="526" y2="526">
      <text class="lane-name" x="4" y="539">Watchdog
    <g class="lane cat-inquest" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="612" y2="612">
      <text class="lane-name" x="4" y="625">Inquests
    <g class="lane cat-inspection" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="710" y2="710">
      <text class="lane-name" x="4" y="723">Inspections
    <line class="rule" x1="106" x2="106" y1="178" y2="791">
    <line class="rule" x1="160.4" x2="160.4" y1="178" y2="791">
    <line class="rule" x1="186.4" x2="186.4" y1="178" y2="791">
    <line class="rule" x1="457.5" x2="457.5" y1="178" y2="791">
  <g aria-hidden="true" class="labels">
    <g class="label strong" data-label="death-d" part="label">
      <line class="leader" x1="457" x2="457" y1="91" y2="98">
      <text x="457" y="109">
        <tspan dy="0" x="457">Person
        <tspan dy="14" x="457">Delta
    <g class="label strong" data-label="death-c" part="label">
      <line class="leader" x1="186" x2="186" y1="91" y2="98">
      <text x="186" y="109">
        <tspan dy="0" x="186">Person
        <tspan dy="14" x="186">Gamma
    <g class="label strong" data-label="death-b" part="label">
      <line class="leader" x1="160" x2="160" y1="91" y2="140">
      <text x="160" y="151">
        <tspan dy="0" x="160">Person
        <tspan dy="14" x="160">Beta
    <g class="label strong" data-label="death-a" part="label">
      <line class="leader" x1="106" x2="106" y1="91" y2="98">
      <text x="106" y="109">
        <tspan dy="0" x="106">Person
        <tspan dy="14" x="106">Alpha
    <g class="label" data-label="fam-a" part="label">
      <line class="leader" x1="103" x2="103" y1="381" y2="388">
      <text x="103" y="399">
        <tspan dy="0" x="103">Family A’s
        <tspan dy="14" x="103">account
    <g class="label" data-label="convicted" part="label">
      <line class="leader" x1="552" x2="552" y1="467" y2="474">
      <text x="552" y="485">
        <tspan dy="0" x="552">Convicted
    <g class="label" data-label="linked" part="label">
      <line class="leader" x1="482" x2="482" y1="467" y2="502">
      <text x="482" y="513">
        <tspan dy="0" x="482">Deaths linked
    <g class="label" data-label="before" part="label">
      <line class="leader" x1="8" x2="8" y1="467" y2="474">
      <text x="8" y="485">
        <tspan dy="0" x="8">Earlier arrest
    <g class="label" data-label="outcome" part="label">
      <line class="leader" x1="636" x2="636" y1="567" y2="574">
      <text x="636" y="585">
        <tspan dy="0" x="636">Probe outcome
    <g class="label" data-label="probe" part="label">
      <line class="leader" x1="471" x2="471" y1="561" y2="574">
      <text x="471" y="585">
        <tspan dy="0" x="471">Watchdog probe
        <tspan dy="14" x="471">about 2 years and 10 months
    <g class="label" data-label="finding" part="label">
      <line class="leader" x1="713" x2="713" y1="679" y2="686">
      <text x="703" y="697">
        <tspan dy="0" x="703">Jury finding
    <g class="label" data-label="report" part="label">
      <line class="leader" x1="757" x2="757" y1="751" y2="758">
      <text x="712" y="769">
        <tspan dy="0" x="712">Inspection
        <tspan dy="14" x="712">report
  <g aria-label="Deaths" role="row">
    <g aria-expanded="false" aria-label="19 June 2014. Death. Placeholder title of death-a" class="event cat-death" data-event="death-a" part="event" role="gridcell" tabindex="0">
      <rect class="hit" height="24" rx="6" width="24" x="94" y="69">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(106 81)">
    <g aria-expanded="false" aria-label="28 August 2014. Death. Placeholder title of death-b" class="event cat-death" data-event="death-b" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="148.4" y="69">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(160.4 81)">
    <g aria-expanded="false" aria-label="20 September 2014. Death. Placeholder title of death-c" class="event cat-death" data-event="death-c" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="174.4" y="69">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(186.4 81)">
    <g aria-expanded="false" aria-label="14 September 2015. Death. Placeholder title of death-d" class="event cat-death" data-event="death-d" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="445.5" y="69">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(457.5 81)">
  <g aria-label="Police failures" role="row">
    <g aria-expanded="false" aria-label="about June 2014. Police failure 4. Placeholder title of f-a4" class="event cat-police-failure" data-event="f-a4" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="91.3" y="275">
      <line class="whisker" x1="68" x2="114.5" y1="287" y2="287">
      <circle class="approx" cx="103.3" cy="287" r="11">
      <circle class="badge" cx="103.3" cy="287" r="10">
      <text class="badge-number" x="103.3" y="291">4
    <g aria-expanded="false" aria-label="19 June 2014. Police failure 1. Placeholder title of f-a1" class="event cat-police-failure" data-event="f-a1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="94" y="197">
      <circle class="badge" cx="106" cy="209" r="10">
      <text class="badge-number" x="106" y="213">1
    <g aria-expanded="false" aria-label="19 June 2014. Police failure 2. Placeholder title of f-a2" class="event cat-police-failure" data-event="f-a2" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="94" y="223">
      <circle class="badge" cx="106" cy="235" r="10">
      <text class="badge-number" x="106" y="239">2
    <g aria-expanded="false" aria-label="26 June 2014. Police failure 3. Placeholder title of f-a3" class="event cat-police-failure" data-event="f-a3" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="99.4" y="249">
      <circle class="badge" cx="111.4" cy="261" r="10">
      <text class="badge-number" x="111.4" y="265">3
    <g aria-expanded="false" aria-label="2014. Police failure 9. Placeholder title of f-a5" class="event cat-police-failure" data-event="f-a5" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="104.1" y="301">
      <line class="whisker" x1="50.8" x2="257.6" y1="313" y2="313">
      <circle class="badge" cx="116.1" cy="313" r="10">
      <text class="badge-number" x="116.1" y="317">9
    <g aria-expanded="false" aria-label="August 2014 to October 2015. Police failure 5. Placeholder title of span-f" class="event cat-police-failure" data-event="span-f" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="404.6" x="127.4" y="197">
      <rect class="bar" height="6" width="354.6" x="139.4" y="206">
      <rect class="bar" height="6" width="2" x="518" y="206">
      <circle class="badge" cx="139.4" cy="209" r="10">
      <text class="badge-number" x="139.4" y="213">5
    <g aria-expanded="false" aria-label="August 2014. Police failure 7. Placeholder title of f-b2" class="event cat-police-failure" data-event="f-b2" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="139.1" y="249">
      <line class="whisker" x1="139.4" x2="162.8" y1="261" y2="261">
      <circle class="badge" cx="151.1" cy="261" r="10">
      <text class="badge-number" x="151.1" y="265">7
    <g aria-expanded="false" aria-label="28 August 2014. Police failure 6. Placeholder title of f-b1" class="event cat-police-failure" data-event="f-b1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="148.4" y="223">
      <circle class="badge" cx="160.4" cy="235" r="10">
      <text class="badge-number" x="160.4" y="239">6
    <g aria-expanded="false" aria-label="20 September 2014. Police failure 8. Placeholder title of f-c1" class="event cat-police-failure" data-event="f-c1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="174.4" y="223">
      <circle class="badge" cx="186.4" cy="235" r="10">
      <text class="badge-number" x="186.4" y="239">8
    <g aria-expanded="false" aria-label="14 September 2015. Police failure 10. Placeholder title of f-d1" class="event cat-police-failure" data-event="f-d1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="445.5" y="223">
      <circle class="badge" cx="457.5" cy="235" r="10">
      <text class="badge-number" x="457.5" y="239">10
  <g aria-label="Families’ concerns" role="row">
    <g aria-expanded="false" aria-label="about June 2014. Family concern. Placeholder title of fam-a" class="event cat-family" data-event="fam-a" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="91.3" y="359">
      <line class="whisker" x1="68" x2="114.5" y1="371" y2="371">
      <circle class="approx" cx="103.3" cy="371" r="11">
      <path class="fill" d="M2.8,1.6L2.8,7.3L-2.8,7.3L-2.8,1.6L-7.7,-1.2L-4.9,-6.1L0,-3.3L4.9,-6.1L7.7,-1.2Z" transform="translate(103.3 371)">
  <g aria-label="Justice" role="row">
    <g aria-expanded="false" aria-label="December 2012. Justice. Placeholder title of before" class="event cat-justice" data-event="before" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="-4.4" y="445">
      <line class="whisker" x1="5.9" x2="9.3" y1="457" y2="457">
      <path class="fill" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(7.6 457)">
    <g aria-expanded="false" aria-label="October 2015. Justice. Placeholder title of linked" class="event cat-justice" data-event="linked" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="470.3" y="445">
      <line class="whisker" x1="470.7" x2="494" y1="457" y2="457">
      <path class="fill" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(482.3 457)">
    <g aria-expanded="false" aria-label="23 November 2016. Justice. Placeholder title of convicted" class="event cat-justice" data-event="convicted" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="540" y="445">
      <path class="fill" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(552 457)">
  <g aria-label="Watchdog" role="row">
    <g aria-expanded="false" aria-label="October 2015 to August 2018. Watchdog. Placeholder title of probe" class="event cat-watchdog" data-event="probe" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="161.7" x="458.7" y="545">
      <rect class="bar" height="6" width="23.3" x="470.7" y="554">
      <rect class="bar" height="6" width="90.4" x="518" y="554">
      <path class="open" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(470.7 557)">
    <g aria-expanded="false" aria-label="about July 2019. Watchdog. Placeholder title of outcome" class="event cat-watchdog" data-event="outcome" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="624.2" y="545">
      <line class="whisker" x1="634.9" x2="637.5" y1="557" y2="557">
      <circle class="approx" cx="636.2" cy="557" r="11">
      <path class="open" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(636.2 557)">
  <g aria-label="Inquests" role="row">
    <g aria-expanded="false" aria-label="5 October 2021 to 10 December 2021. Inquest. Placeholder title of hearings" class="event cat-inquest" data-event="hearings" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="29.8" x="695.1" y="631">
      <rect class="bar" height="6" width="5.8" x="707.1" y="640">
      <path class="open" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(707.1 643)">
    <g aria-expanded="false" aria-label="10 December 2021. Inquest. Placeholder title of finding" class="event cat-inquest" data-event="finding" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="700.9" y="657">
      <path class="open" d="M-5.2,-5.2h10.5v10.5h-10.5Z" transform="translate(712.9 669)">
  <g aria-label="Inspections" role="row">
    <g aria-expanded="false" aria-label="27 April 2023. Inspection. Placeholder title of report" class="event cat-inspection" data-event="report" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="744.8" y="729">
      <path class="fill" d="M0,-9.8L5.6,0L0,9.8L-5.6,0Z" transform="translate(756.8 741)">
`;
/* end snapshot case-timeline-case-768 */

snapshots["case-timeline-case-375-outline"] = 
`19 June 2014. Placeholder title of death-a. Death
[After Person Alpha’s death: 4 police failures]
    119 June 2014. Placeholder title of f-a1. Police failure 1
    219 June 2014. Placeholder title of f-a2. Police failure 2
    326 June 2014. Placeholder title of f-a3. Police failure 3
    4about June 2014. Placeholder title of f-a4. Police failure 4
28 August 2014. Placeholder title of death-b. Death
[After Person Beta’s death: 3 police failures]
20 September 2014. Placeholder title of death-c. Death
[After Person Gamma’s death: 1 police failure]
92014. Placeholder title of f-a5. Police failure 9
14 September 2015. Placeholder title of death-d. Death
[After Person Delta’s death: 1 police failure]
-- More than a year later
23 November 2016. Placeholder title of convicted. Justice
-- More than 2 years later
about July 2019. Placeholder title of outcome. Watchdog
-- More than 2 years later
10 December 2021. Placeholder title of finding. Inquest
-- More than a year later
27 April 2023. Placeholder title of report. Inspection
`;
/* end snapshot case-timeline-case-375-outline */

