/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["case-timeline-case-1280"] = 
`<svg aria-describedby="chart-hint" aria-label="Timeline chart, 23 events" class="chart" font-size="12" height="326" part="chart" role="grid" viewBox="0 0 1280 326" width="1280">
  <g aria-hidden="true" class="axis" part="axis">
    <rect class="panel panel-before" height="308" width="64" x="4" y="18">
    <text class="caption" x="4" y="12">Before
    <text class="tick-label" x="53.8" y="31">2014
    <path class="tick" d="M50.8,18V326">
    <rect class="panel panel-focus" height="308" width="719" x="92" y="18">
    <text class="caption" x="92" y="12">The focus span
    <text class="tick-label" x="136" y="31">Jul
    <text class="tick-sub" x="136" y="44">2014
    <text class="tick-label" x="179.1" y="31">Aug
    <text class="tick-label" x="222.3" y="31">Sep
    <text class="tick-label" x="264" y="31">Oct
    <text class="tick-label" x="307.1" y="31">Nov
    <text class="tick-label" x="348.8" y="31">Dec
    <text class="tick-label" x="391.9" y="31">Jan
    <text class="tick-sub" x="391.9" y="44">2015
    <text class="tick-label" x="435" y="31">Feb
    <text class="tick-label" x="474" y="31">Mar
    <text class="tick-label" x="517.1" y="31">Apr
    <text class="tick-label" x="558.8" y="31">May
    <text class="tick-label" x="601.9" y="31">Jun
    <text class="tick-label" x="643.6" y="31">Jul
    <text class="tick-label" x="686.7" y="31">Aug
    <text class="tick-label" x="729.9" y="31">Sep
    <text class="tick-label" x="771.6" y="31">Oct
    <path class="tick" d="M133,18V326M176.1,18V326M219.3,18V326M261,18V326M304.1,18V326M345.8,18V326M388.9,18V326M432,18V326M471,18V326M514.1,18V326M555.8,18V326M598.9,18V326M640.6,18V326M683.7,18V326M726.9,18V326M768.6,18V326">
    <path class="break" d="M76,48 l6,-12 M82,48 l6,-12">
    <rect class="panel panel-after" height="308" width="441" x="835" y="18">
    <text class="caption" x="835" y="12">What followed (compressed)
    <text class="tick-label" x="847.6" y="31">2016
    <text class="tick-label" x="904.9" y="31">2017
    <text class="tick-label" x="962.1" y="31">2018
    <text class="tick-label" x="1019.2" y="31">2019
    <text class="tick-label" x="1076.3" y="31">2020
    <text class="tick-label" x="1133.6" y="31">2021
    <text class="tick-label" x="1190.8" y="31">2022
    <text class="tick-label" x="1247.9" y="31">2023
    <path class="tick" d="M844.6,18V326M901.9,18V326M959.1,18V326M1016.2,18V326M1073.3,18V326M1130.6,18V326M1187.8,18V326M1244.9,18V326">
    <path class="break" d="M819,48 l6,-12 M825,48 l6,-12">
  <g aria-hidden="true" class="lanes">
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="50" y2="50">
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="86" y2="86">
      <text class="lane-name" x="52.8" y="101">Police failures
      <text class="lane-name" x="1106.1" y="123">Inquests
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="161" y2="161">
      <text class="lane-name" x="32" y="176">Families’
        <tspan dy="14" x="32">concerns
      <text class="lane-name" x="1180.2" y="183">Inspections
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="213" y2="213">
      <text class="lane-name" x="2" y="228">Justice
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="262" y2="262">
      <text class="lane-name" x="692.3" y="282">Watchdog
    <line class="rule" x1="117" x2="117" y1="86" y2="322">
    <line class="rule" x1="214.4" x2="214.4" y1="86" y2="322">
    <line class="rule" x1="246.4" x2="246.4" y1="86" y2="322">
    <line class="rule" x1="745.6" x2="745.6" y1="86" y2="322">
  <g aria-hidden="true" class="labels">
    <g class="label strong" data-label="death-d" part="label">
      <text x="763.6" y="72">Person Delta
    <g class="label strong" data-label="death-c" part="label">
      <text x="264.4" y="72">Person Gamma
    <g class="label strong" data-label="death-b" part="label">
      <text x="156.4" y="65">Person
        <tspan dy="14" x="156.4">Beta
    <g class="label strong" data-label="death-a" part="label">
      <text x="25" y="72">Person Alpha
    <g class="label" data-label="finding" part="label">
      <line class="leader" x1="1210.4" x2="1210.4" y1="131" y2="135">
      <text x="1210.4" y="146">Jury finding
    <g class="label" data-label="hearings" part="label">
      <line class="leader" x1="1174.1" x2="1174.1" y1="131" y2="135">
      <text x="1126.1" y="146">Hearings
    <g class="label" data-label="report" part="label">
      <line class="leader" x1="1263.2" x2="1263.2" y1="191" y2="195">
      <text x="1177.2" y="206">Inspection report
    <g class="label" data-label="fam-a" part="label">
      <text x="138.3" y="183">Family A’s account
    <g class="label" data-label="convicted" part="label">
      <text x="913.9" y="250">Convicted
    <g class="label" data-label="linked" part="label">
      <text x="692.3" y="250">Deaths linked
    <g class="label" data-label="before" part="label">
      <text x="30" y="250">Earlier arrest
    <g class="label" data-label="outcome" part="label">
      <text x="1065" y="282">Probe outcome
    <g class="label" data-label="probe" part="label">
      <line class="leader" x1="769.3" x2="769.3" y1="290" y2="294">
      <text x="627.3" y="305">Watchdog probe
        <tspan dy="14" x="627.3">about 2 years and 10 months
  <g aria-label="Deaths" role="row">
    <g aria-expanded="false" aria-label="19 June 2014. Death. Placeholder title of death-a" class="event cat-death" data-event="death-a" part="event" role="gridcell" tabindex="0">
      <rect class="hit" height="24" rx="6" width="24" x="105" y="56">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(117 68)">
    <g aria-expanded="false" aria-label="28 August 2014. Death. Placeholder title of death-b" class="event cat-death" data-event="death-b" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="202.4" y="56">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(214.4 68)">
    <g aria-expanded="false" aria-label="20 September 2014. Death. Placeholder title of death-c" class="event cat-death" data-event="death-c" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="234.4" y="56">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(246.4 68)">
    <g aria-expanded="false" aria-label="14 September 2015. Death. Placeholder title of death-d" class="event cat-death" data-event="death-d" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="733.6" y="56">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(745.6 68)">
  <g aria-label="Police failures and Inquests" role="row">
    <g aria-expanded="false" aria-label="19 June 2014. Police failure 1. Placeholder title of f-a1" class="event cat-police-failure" data-event="f-a1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="105" y="107">
      <circle class="badge" cx="117" cy="119" r="10">
      <text class="badge-number" x="117" y="123">1
    <g aria-expanded="false" aria-label="19 June 2014. Police failure 2. Placeholder title of f-a2" class="event cat-police-failure" data-event="f-a2" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="131" y="107">
      <circle class="badge" cx="143" cy="119" r="10">
      <text class="badge-number" x="143" y="123">2
    <g aria-expanded="false" aria-label="26 June 2014. Police failure 3. Placeholder title of f-a3" class="event cat-police-failure" data-event="f-a3" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="114.8" y="133">
      <circle class="badge" cx="126.8" cy="145" r="10">
      <text class="badge-number" x="126.8" y="149">3
    <g aria-expanded="false" aria-label="about June 2014. Police failure 4. Placeholder title of f-a4" class="event cat-police-failure" data-event="f-a4" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="88.8" y="133">
      <line class="whisker" x1="92" x2="132.3" y1="145" y2="145">
      <circle class="approx" cx="100.8" cy="145" r="11">
      <circle class="badge" cx="100.8" cy="145" r="10">
      <text class="badge-number" x="100.8" y="149">4
    <g aria-expanded="false" aria-label="August 2014 to October 2015. Police failure 5. Placeholder title of span-f" class="event cat-police-failure" data-event="span-f" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="658.2" x="164.8" y="107">
      <rect class="bar" height="6" width="634.2" x="176.8" y="116">
      <circle class="badge" cx="176.8" cy="119" r="10">
      <text class="badge-number" x="176.8" y="123">5
    <g aria-expanded="false" aria-label="28 August 2014. Police failure 6. Placeholder title of f-b1" class="event cat-police-failure" data-event="f-b1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="202.4" y="133">
      <circle class="badge" cx="214.4" cy="145" r="10">
      <text class="badge-number" x="214.4" y="149">6
    <g aria-expanded="false" aria-label="August 2014. Police failure 7. Placeholder title of f-b2" class="event cat-police-failure" data-event="f-b2" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="176.4" y="133">
      <line class="whisker" x1="176.8" x2="218.6" y1="145" y2="145">
      <circle class="badge" cx="188.4" cy="145" r="10">
      <text class="badge-number" x="188.4" y="149">7
    <g aria-expanded="false" aria-label="20 September 2014. Police failure 8. Placeholder title of f-c1" class="event cat-police-failure" data-event="f-c1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="234.4" y="133">
      <circle class="badge" cx="246.4" cy="145" r="10">
      <text class="badge-number" x="246.4" y="149">8
    <g aria-expanded="false" aria-label="2014. Police failure 9. Placeholder title of f-a5" class="event cat-police-failure" data-event="f-a5" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="140.8" y="133">
      <line class="whisker" x1="50.8" x2="388.2" y1="145" y2="145">
      <circle class="badge" cx="152.8" cy="145" r="10">
      <text class="badge-number" x="152.8" y="149">9
    <g aria-expanded="false" aria-label="14 September 2015. Police failure 10. Placeholder title of f-d1" class="event cat-police-failure" data-event="f-d1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="733.6" y="133">
      <circle class="badge" cx="745.6" cy="145" r="10">
      <text class="badge-number" x="745.6" y="149">10
    <g aria-expanded="false" aria-label="5 October 2021 to 10 December 2021. Inquest. Placeholder title of hearings" class="event cat-inquest" data-event="hearings" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="34.3" x="1162.1" y="107">
      <rect class="bar" height="6" width="10.3" x="1174.1" y="116">
      <path class="open" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(1174.1 119)">
    <g aria-expanded="false" aria-label="10 December 2021. Inquest. Placeholder title of finding" class="event cat-inquest" data-event="finding" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="1198.4" y="107">
      <path class="open" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(1210.4 119)">
  <g aria-label="Families’ concerns and Inspections" role="row">
    <g aria-expanded="false" aria-label="about June 2014. Family concern. Placeholder title of fam-a" class="event cat-family" data-event="fam-a" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="100.2" y="167">
      <line class="whisker" x1="92" x2="132.3" y1="179" y2="179">
      <circle class="approx" cx="112.2" cy="179" r="11">
      <path class="fill" d="M2.8,1.6L2.8,7.3L-2.8,7.3L-2.8,1.6L-7.7,-1.2L-4.9,-6.1L0,-3.3L4.9,-6.1L7.7,-1.2Z" transform="translate(112.2 179)">
    <g aria-expanded="false" aria-label="27 April 2023. Inspection. Placeholder title of report" class="event cat-inspection" data-event="report" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="1251.2" y="167">
      <path class="fill" d="M0,-9.8L5.6,0L0,9.8L-5.6,0Z" transform="translate(1263.2 179)">
  <g aria-label="Justice" role="row">
    <g aria-expanded="false" aria-label="December 2012. Justice. Placeholder title of before" class="event cat-justice" data-event="before" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="0" y="234">
      <line class="whisker" x1="5.9" x2="9.3" y1="246" y2="246">
      <path class="fill" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(12 246)">
    <g aria-expanded="false" aria-label="October 2015. Justice. Placeholder title of linked" class="event cat-justice" data-event="linked" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="778.1" y="234">
      <line class="whisker" x1="769.3" x2="811" y1="246" y2="246">
      <path class="fill" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(790.1 246)">
    <g aria-expanded="false" aria-label="23 November 2016. Justice. Placeholder title of convicted" class="event cat-justice" data-event="convicted" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="883.9" y="234">
      <path class="fill" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(895.9 246)">
  <g aria-label="Watchdog" role="row">
    <g aria-expanded="false" aria-label="October 2015 to August 2018. Watchdog. Placeholder title of probe" class="event cat-watchdog" data-event="probe" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="251.7" x="757.3" y="266">
      <rect class="bar" height="6" width="41.7" x="769.3" y="275">
      <rect class="bar" height="6" width="162" x="835" y="275">
      <path class="open" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(769.3 278)">
    <g aria-expanded="false" aria-label="about July 2019. Watchdog. Placeholder title of outcome" class="event cat-watchdog" data-event="outcome" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="1035" y="266">
      <line class="whisker" x1="1044.6" x2="1049.3" y1="278" y2="278">
      <circle class="approx" cx="1047" cy="278" r="11">
      <path class="open" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(1047 278)">
`;
/* end snapshot case-timeline-case-1280 */

snapshots["case-timeline-case-768"] = 
`<svg aria-describedby="chart-hint" aria-label="Timeline chart, 23 events" class="chart" font-size="12" height="393" part="chart" role="grid" viewBox="0 0 768 393" width="768">
  <g aria-hidden="true" class="axis" part="axis">
    <rect class="panel panel-before" height="375" width="64" x="4" y="18">
    <text class="caption" x="4" y="12">Before
    <text class="tick-label" x="53.8" y="31">2014
    <path class="tick" d="M50.8,18V393">
    <rect class="panel panel-focus" height="375" width="402" x="92" y="18">
    <text class="caption" x="92" y="12">The focus span
    <text class="tick-label" x="117.9" y="31">Jul
    <text class="tick-sub" x="117.9" y="44">2014
    <text class="tick-label" x="189.5" y="31">Oct
    <text class="tick-label" x="261" y="31">Jan
    <text class="tick-sub" x="261" y="44">2015
    <text class="tick-label" x="331" y="31">Apr
    <text class="tick-label" x="401.7" y="31">Jul
    <text class="tick-label" x="473.3" y="31">Oct
    <path class="tick" d="M114.9,18V393M186.5,18V393M258,18V393M328,18V393M398.7,18V393M470.3,18V393">
    <path class="break" d="M76,48 l6,-12 M82,48 l6,-12">
    <rect class="panel panel-after" height="375" width="246" x="518" y="18">
    <text class="caption" x="518" y="12">What followed (compressed)
    <text class="tick-label" x="526.4" y="31">2016
    <text class="tick-label" x="590.2" y="31">2018
    <text class="tick-label" x="654" y="31">2020
    <text class="tick-label" x="717.8" y="31">2022
    <path class="tick" d="M523.4,18V393M587.2,18V393M651,18V393M714.8,18V393">
    <path class="break" d="M502,48 l6,-12 M508,48 l6,-12">
  <g aria-hidden="true" class="lanes">
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="50" y2="50">
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="100" y2="100">
      <text class="lane-name" x="52.8" y="116">Police failures
      <text class="lane-name" x="639.1" y="138">Inquests
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="228" y2="228">
      <text class="lane-name" x="31.3" y="243">Families’
        <tspan dy="14" x="31.3">concerns
      <text class="lane-name" x="673" y="250">Inspections
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="280" y2="280">
      <text class="lane-name" x="2" y="295">Justice
    <g class="lane" part="lane">
      <line class="lane-rule" x1="0" x2="768" y1="329" y2="329">
      <text class="lane-name" x="393.7" y="349">Watchdog
    <line class="rule" x1="106" x2="106" y1="100" y2="389">
    <line class="rule" x1="160.4" x2="160.4" y1="100" y2="389">
    <line class="rule" x1="186.4" x2="186.4" y1="100" y2="389">
    <line class="rule" x1="457.5" x2="457.5" y1="100" y2="389">
  <g aria-hidden="true" class="labels">
    <g class="label strong" data-label="death-d" part="label">
      <text x="475.5" y="70">Person Delta
    <g class="label strong" data-label="death-c" part="label">
      <text x="204.4" y="70">Person Gamma
    <g class="label strong" data-label="death-a" part="label">
      <text x="14" y="70">Person Alpha
    <g class="label strong" data-label="death-b" part="label">
      <line class="leader" x1="160.4" x2="160.4" y1="78" y2="82">
      <text x="160.4" y="93">Person Beta
    <g class="label" data-label="finding" part="label">
      <line class="leader" x1="738.9" x2="738.9" y1="146" y2="150">
      <text x="675.9" y="161">Jury finding
    <g class="label" data-label="hearings" part="label">
      <line class="leader" x1="707.1" x2="707.1" y1="122" y2="118">
      <text x="707.1" y="115">Hearings
    <g class="label" data-label="report" part="label">
      <line class="leader" x1="756" x2="756" y1="258" y2="262">
      <text x="670" y="273">Inspection report
    <g class="label" data-label="fam-a" part="label">
      <text x="121.3" y="250">Family A’s account
    <g class="label" data-label="convicted" part="label">
      <text x="570" y="317">Convicted
    <g class="label" data-label="linked" part="label">
      <text x="393.3" y="317">Deaths linked
    <g class="label" data-label="before" part="label">
      <text x="30" y="317">Earlier arrest
    <g class="label" data-label="outcome" part="label">
      <text x="654.2" y="349">Probe outcome
    <g class="label" data-label="probe" part="label">
      <line class="leader" x1="470.7" x2="470.7" y1="357" y2="361">
      <text x="328.7" y="372">Watchdog probe
        <tspan dy="14" x="328.7">about 2 years and 10 months
  <g aria-label="Deaths" role="row">
    <g aria-expanded="false" aria-label="19 June 2014. Death. Placeholder title of death-a" class="event cat-death" data-event="death-a" part="event" role="gridcell" tabindex="0">
      <rect class="hit" height="24" rx="6" width="24" x="94" y="54">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(106 66)">
    <g aria-expanded="false" aria-label="28 August 2014. Death. Placeholder title of death-b" class="event cat-death" data-event="death-b" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="148.4" y="54">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(160.4 66)">
    <g aria-expanded="false" aria-label="20 September 2014. Death. Placeholder title of death-c" class="event cat-death" data-event="death-c" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="174.4" y="54">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(186.4 66)">
    <g aria-expanded="false" aria-label="14 September 2015. Death. Placeholder title of death-d" class="event cat-death" data-event="death-d" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="445.5" y="54">
      <path class="fill" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(457.5 66)">
  <g aria-label="Police failures and Inquests" role="row">
    <g aria-expanded="false" aria-label="19 June 2014. Police failure 1. Placeholder title of f-a1" class="event cat-police-failure" data-event="f-a1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="94" y="122">
      <circle class="badge" cx="106" cy="134" r="10">
      <text class="badge-number" x="106" y="138">1
    <g aria-expanded="false" aria-label="19 June 2014. Police failure 2. Placeholder title of f-a2" class="event cat-police-failure" data-event="f-a2" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="120" y="122">
      <circle class="badge" cx="132" cy="134" r="10">
      <text class="badge-number" x="132" y="138">2
    <g aria-expanded="false" aria-label="26 June 2014. Police failure 3. Placeholder title of f-a3" class="event cat-police-failure" data-event="f-a3" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="99.4" y="148">
      <circle class="badge" cx="111.4" cy="160" r="10">
      <text class="badge-number" x="111.4" y="164">3
    <g aria-expanded="false" aria-label="about June 2014. Police failure 4. Placeholder title of f-a4" class="event cat-police-failure" data-event="f-a4" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="91.3" y="174">
      <line class="whisker" x1="92" x2="114.5" y1="186" y2="186">
      <circle class="approx" cx="103.3" cy="186" r="11">
      <circle class="badge" cx="103.3" cy="186" r="10">
      <text class="badge-number" x="103.3" y="190">4
    <g aria-expanded="false" aria-label="August 2014 to October 2015. Police failure 5. Placeholder title of span-f" class="event cat-police-failure" data-event="span-f" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="378.6" x="127.4" y="148">
      <rect class="bar" height="6" width="354.6" x="139.4" y="157">
      <circle class="badge" cx="139.4" cy="160" r="10">
      <text class="badge-number" x="139.4" y="164">5
    <g aria-expanded="false" aria-label="28 August 2014. Police failure 6. Placeholder title of f-b1" class="event cat-police-failure" data-event="f-b1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="148.4" y="122">
      <circle class="badge" cx="160.4" cy="134" r="10">
      <text class="badge-number" x="160.4" y="138">6
    <g aria-expanded="false" aria-label="August 2014. Police failure 7. Placeholder title of f-b2" class="event cat-police-failure" data-event="f-b2" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="139.1" y="174">
      <line class="whisker" x1="139.4" x2="162.8" y1="186" y2="186">
      <circle class="badge" cx="151.1" cy="186" r="10">
      <text class="badge-number" x="151.1" y="190">7
    <g aria-expanded="false" aria-label="20 September 2014. Police failure 8. Placeholder title of f-c1" class="event cat-police-failure" data-event="f-c1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="174.4" y="122">
      <circle class="badge" cx="186.4" cy="134" r="10">
      <text class="badge-number" x="186.4" y="138">8
    <g aria-expanded="false" aria-label="2014. Police failure 9. Placeholder title of f-a5" class="event cat-police-failure" data-event="f-a5" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="104.1" y="200">
      <line class="whisker" x1="50.8" x2="257.6" y1="212" y2="212">
      <circle class="badge" cx="116.1" cy="212" r="10">
      <text class="badge-number" x="116.1" y="216">9
    <g aria-expanded="false" aria-label="14 September 2015. Police failure 10. Placeholder title of f-d1" class="event cat-police-failure" data-event="f-d1" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="445.5" y="122">
      <circle class="badge" cx="457.5" cy="134" r="10">
      <text class="badge-number" x="457.5" y="138">10
    <g aria-expanded="false" aria-label="5 October 2021 to 10 December 2021. Inquest. Placeholder title of hearings" class="event cat-inquest" data-event="hearings" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="29.8" x="695.1" y="122">
      <rect class="bar" height="6" width="5.8" x="707.1" y="131">
      <path class="open" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(707.1 134)">
    <g aria-expanded="false" aria-label="10 December 2021. Inquest. Placeholder title of finding" class="event cat-inquest" data-event="finding" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="726.9" y="122">
      <path class="open" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(738.9 134)">
  <g aria-label="Families’ concerns and Inspections" role="row">
    <g aria-expanded="false" aria-label="about June 2014. Family concern. Placeholder title of fam-a" class="event cat-family" data-event="fam-a" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="91.3" y="234">
      <line class="whisker" x1="92" x2="114.5" y1="246" y2="246">
      <circle class="approx" cx="103.3" cy="246" r="11">
      <path class="fill" d="M2.8,1.6L2.8,7.3L-2.8,7.3L-2.8,1.6L-7.7,-1.2L-4.9,-6.1L0,-3.3L4.9,-6.1L7.7,-1.2Z" transform="translate(103.3 246)">
    <g aria-expanded="false" aria-label="27 April 2023. Inspection. Placeholder title of report" class="event cat-inspection" data-event="report" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="744" y="234">
      <path class="fill" d="M0,-9.8L5.6,0L0,9.8L-5.6,0Z" transform="translate(756 246)">
  <g aria-label="Justice" role="row">
    <g aria-expanded="false" aria-label="December 2012. Justice. Placeholder title of before" class="event cat-justice" data-event="before" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="0" y="301">
      <line class="whisker" x1="5.9" x2="9.3" y1="313" y2="313">
      <path class="fill" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(12 313)">
    <g aria-expanded="false" aria-label="October 2015. Justice. Placeholder title of linked" class="event cat-justice" data-event="linked" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="470.3" y="301">
      <line class="whisker" x1="470.7" x2="494" y1="313" y2="313">
      <path class="fill" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(482.3 313)">
    <g aria-expanded="false" aria-label="23 November 2016. Justice. Placeholder title of convicted" class="event cat-justice" data-event="convicted" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="540" y="301">
      <path class="fill" d="M-5.2,-5.2L5.2,-5.2L5.2,5.2L-5.2,5.2Z" transform="translate(552 313)">
  <g aria-label="Watchdog" role="row">
    <g aria-expanded="false" aria-label="October 2015 to August 2018. Watchdog. Placeholder title of probe" class="event cat-watchdog" data-event="probe" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="161.7" x="458.7" y="333">
      <rect class="bar" height="6" width="23.3" x="470.7" y="342">
      <rect class="bar" height="6" width="90.4" x="518" y="342">
      <path class="open" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(470.7 345)">
    <g aria-expanded="false" aria-label="about July 2019. Watchdog. Placeholder title of outcome" class="event cat-watchdog" data-event="outcome" part="event" role="gridcell" tabindex="-1">
      <rect class="hit" height="24" rx="6" width="24" x="624.2" y="333">
      <line class="whisker" x1="634.9" x2="637.5" y1="345" y2="345">
      <circle class="approx" cx="636.2" cy="345" r="11">
      <path class="open" d="M5.9,0A5.9,5.9,0,1,1,-5.9,0A5.9,5.9,0,1,1,5.9,0" transform="translate(636.2 345)">
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

