/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["case-timeline-bundled-1280"] = 
`<svg class="chart" font-size="12" height="718" part="chart" viewBox="0 0 1280 718" width="1280">
  <g aria-hidden="true" class="axis" part="axis">
    <line class="tick" x1="36" x2="36" y1="6" y2="718">
    <text class="tick-label" x="40" y="16">2014
    <line class="tick" x1="158.2" x2="158.2" y1="6" y2="718">
    <text class="tick-label" x="162.2" y="16">2015
    <line class="tick" x1="280.5" x2="280.5" y1="6" y2="718">
    <text class="tick-label" x="284.5" y="16">2016
    <line class="tick" x1="403" x2="403" y1="6" y2="718">
    <text class="tick-label" x="407" y="16">2017
    <line class="tick" x1="525.3" x2="525.3" y1="6" y2="718">
    <text class="tick-label" x="529.3" y="16">2018
    <line class="tick" x1="647.5" x2="647.5" y1="6" y2="718">
    <text class="tick-label" x="651.5" y="16">2019
    <line class="tick" x1="769.8" x2="769.8" y1="6" y2="718">
    <text class="tick-label" x="773.8" y="16">2020
    <line class="tick" x1="892.4" x2="892.4" y1="6" y2="718">
    <text class="tick-label" x="896.4" y="16">2021
    <line class="tick" x1="1014.6" x2="1014.6" y1="6" y2="718">
    <text class="tick-label" x="1018.6" y="16">2022
    <line class="tick" x1="1136.8" x2="1136.8" y1="6" y2="718">
    <text class="tick-label" x="1140.8" y="16">2023
    <line class="tick" x1="1259.1" x2="1259.1" y1="6" y2="718">
  <g aria-hidden="true" class="lanes">
    <g class="lane cat-death" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="26" y2="26">
      <path class="fill" d="M4.7,0A4.7,4.7,0,1,1,-4.7,0A4.7,4.7,0,1,1,4.7,0" transform="translate(18 35)">
      <text class="lane-name" x="30" y="39">Death
    <g class="lane cat-police-failure" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="150" y2="150">
      <path class="fill" d="M0,-7.3L6.4,3.7L-6.4,3.7Z" transform="translate(18 159)">
      <text class="lane-name" x="30" y="163">Police failure
    <g class="lane cat-justice" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="250" y2="250">
      <path class="fill" d="M-4.2,-4.2h8.4v8.4h-8.4Z" transform="translate(18 259)">
      <text class="lane-name" x="30" y="263">Justice
    <g class="lane cat-watchdog" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="354" y2="354">
      <path class="open" d="M4.7,0A4.7,4.7,0,1,1,-4.7,0A4.7,4.7,0,1,1,4.7,0" transform="translate(18 363)">
      <text class="lane-name" x="30" y="367">Watchdog
    <g class="lane cat-inquest" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="434" y2="434">
      <path class="open" d="M-4.2,-4.2h8.4v8.4h-8.4Z" transform="translate(18 443)">
      <text class="lane-name" x="30" y="447">Inquest
    <g class="lane cat-inspection" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="542" y2="542">
      <path class="fill" d="M0,-7.8L4.5,0L0,7.8L-4.5,0Z" transform="translate(18 551)">
      <text class="lane-name" x="30" y="555">Inspection
    <g class="lane cat-response" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="622" y2="622">
      <path class="open" d="M0,-7.8L4.5,0L0,7.8L-4.5,0Z" transform="translate(18 631)">
      <text class="lane-name" x="30" y="635">Response
  <g aria-hidden="true" class="labels">
    <g class="label" data-label="death-jack-taylor" part="label">
      <line class="leader" x1="244" x2="244" y1="74" y2="78">
      <text x="245" y="89">Jack Taylor
    <g class="label" data-label="death-daniel-whitworth" part="label">
      <line class="leader" x1="124" x2="124" y1="62" y2="94">
      <text x="125" y="105">Daniel Whitworth
    <g class="label" data-label="death-gabriel-kovari" part="label">
      <line class="leader" x1="116" x2="116" y1="74" y2="110">
      <text x="117" y="121">Gabriel Kovari
    <g class="label" data-label="death-anthony-walgate" part="label">
      <line class="leader" x1="93" x2="93" y1="74" y2="126">
      <text x="94" y="137">Anthony Walgate
    <g class="label" data-label="inquests" part="label">
      <line class="leader" x1="985" x2="985" y1="471" y2="450">
      <text x="986" y="447">Inquests into the four deaths
    <g class="label" data-label="iopc-investigation" part="label">
      <line class="leader" x1="250" x2="250" y1="379" y2="370">
      <text x="251" y="367">IPCC/IOPC investigation of…
    <g class="label" data-label="taylor-family-concerns" part="label">
      <line class="leader" x1="240" x2="240" y1="211" y2="166">
      <text x="241" y="163">Taylor’s family press police…
    <g class="label" data-label="deaths-not-linked" part="label">
      <line class="leader" x1="87" x2="87" y1="219" y2="226">
      <text x="88" y="237">Police do not link the deaths
    <g class="label" data-label="killings" part="label">
      <line class="leader" x1="87" x2="87" y1="63" y2="42">
      <text x="88" y="39">The four murders, June 2014…
    <g class="label" data-label="iopc-gross-misconduct-notices" part="label">
      <line class="leader" x1="1244" x2="1244" y1="390" y2="394">
      <text x="1089" y="405">Eight officers under gross…
    <g class="label" data-label="hmicfrs-report" part="label">
      <line class="leader" x1="1176" x2="1176" y1="578" y2="582">
      <text x="1096" y="593">HMICFRS report on lessons…
    <g class="label" data-label="casey-review" part="label">
      <line class="leader" x1="1163" x2="1163" y1="564" y2="558">
      <text x="1124" y="555">Casey Review published
    <g class="label" data-label="civil-claims-settled" part="label">
      <line class="leader" x1="1095" x2="1095" y1="658" y2="662">
      <text x="1096" y="673">Met settles civil claims…
    <g class="label" data-label="iopc-reinvestigation-decided" part="label">
      <line class="leader" x1="1073" x2="1073" y1="390" y2="410">
      <text x="1068" y="421">IOPC decides to re-investigate
    <g class="label" data-label="met-npcc-response" part="label">
      <line class="leader" x1="1051" x2="1051" y1="658" y2="678">
      <text x="1052" y="689">Met and NPCC announce four…
    <g class="label" data-label="coroner-pfd-report" part="label">
      <line class="leader" x1="1023" x2="1023" y1="482" y2="486">
      <text x="1024" y="497">Coroner’s Prevention of…
    <g class="label" data-label="mps-letter" part="label">
      <line class="leader" x1="1007" x2="1007" y1="658" y2="694">
      <text x="1008" y="705">18 MPs ask for a public…
    <g class="label" data-label="inquest-conclusions" part="label">
      <line class="leader" x1="1007" x2="1007" y1="470" y2="502">
      <text x="1008" y="513">Jury: police failings…
    <g class="label" data-label="hmicfrs-inspection-requested" part="label">
      <line class="leader" x1="1005" x2="1005" y1="578" y2="598">
      <text x="1006" y="609">HMICFRS inspection requested
    <g class="label" data-label="met-review-evidence" part="label">
      <line class="leader" x1="1000" x2="1000" y1="482" y2="518">
      <text x="1001" y="529">Met reviewer: Port could…
    <g class="label" data-label="iopc-no-discipline" part="label">
      <line class="leader" x1="713" x2="713" y1="390" y2="394">
      <text x="714" y="405">IOPC: no officer to be…
    <g class="label" data-label="iopc-findings" part="label">
      <line class="leader" x1="601" x2="601" y1="390" y2="410">
      <text x="602" y="421">IOPC finds performance…
    <g class="label" data-label="high-court-first-inquests" part="label">
      <line class="leader" x1="514" x2="514" y1="482" y2="486">
      <text x="515" y="497">High Court sets aside the…
    <g class="label" data-label="port-sentenced" part="label">
      <line class="leader" x1="391" x2="391" y1="298" y2="314">
      <text x="392" y="325">Port given a whole life order
    <g class="label" data-label="misconduct-notices" part="label">
      <line class="leader" x1="390" x2="390" y1="390" y2="394">
      <text x="391" y="405">17 officers served…
    <g class="label" data-label="port-convicted" part="label">
      <line class="leader" x1="390" x2="390" y1="296" y2="266">
      <text x="391" y="263">Port convicted of four murders
    <g class="label" data-label="port-charged" part="label">
      <line class="leader" x1="256" x2="256" y1="286" y2="314">
      <text x="257" y="325">Port charged
    <g class="label" data-label="port-jailed-perverting-justice" part="label">
      <line class="leader" x1="219" x2="219" y1="310" y2="330">
      <text x="220" y="341">Port jailed for lying about…
    <g class="label" data-label="original-inquests-open-conclusions" part="label">
      <line class="leader" x1="215" x2="215" y1="482" y2="486">
      <text x="216" y="497">First inquests: open…
  <g aria-describedby="key-hint" aria-label="Events" class="events" role="group">
    <g aria-expanded="false" aria-label="June 2014 to September 2015. Death. The four murders, June 2014 to September 2015" class="event cat-death" data-event="killings" part="event" role="button" tabindex="0" transform="translate(86.7 67)">
      <rect class="hit" height="24" rx="6" width="186.8" x="-12" y="-12">
      <rect class="bar" height="6" width="162.8" x="0" y="-3">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="June 2014 to September 2015. Police failure. Police do not link the deaths" class="event cat-police-failure" data-event="deaths-not-linked" part="event" role="button" tabindex="-1" transform="translate(86.7 215)">
      <rect class="hit" height="24" rx="6" width="186.8" x="-12" y="-12">
      <rect class="bar" height="6" width="162.8" x="0" y="-3">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about June 2014. Police failure. Murder team declines to take over Walgate case" class="event cat-police-failure" data-event="walgate-murder-team-declined" part="event" role="button" tabindex="-1" transform="translate(91.6 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.9" x2="4.9" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="June 2014. Police failure. Database checks not made; earlier allegation not shared" class="event cat-police-failure" data-event="walgate-checks-not-made" part="event" role="button" tabindex="-1" transform="translate(91.6 203)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.9" x2="4.9" y1="0" y2="0">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about June 2014. Police failure. Port’s laptop not sent for analysis" class="event cat-police-failure" data-event="walgate-laptop-not-examined" part="event" role="button" tabindex="-1" transform="translate(91.6 191)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.9" x2="4.9" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="19 June 2014. Death. Anthony Walgate found dead in Barking" class="event cat-death" data-event="death-anthony-walgate" part="event" role="button" tabindex="-1" transform="translate(92.8 67)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="19 June 2014. Police failure. Walgate’s death classed ‘unexplained’, not ‘suspicious’" class="event cat-police-failure" data-event="walgate-death-classed-unexplained" part="event" role="button" tabindex="-1" transform="translate(92.8 179)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="19 June 2014. Police failure. Earlier allegation against Port not passed on" class="event cat-police-failure" data-event="walgate-allegation-not-passed-on" part="event" role="button" tabindex="-1" transform="translate(92.8 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="26 June 2014. Police failure. Email calls Walgate’s death ‘increasingly suspicious’" class="event cat-police-failure" data-event="walgate-concern-email" part="event" role="button" tabindex="-1" transform="translate(95.1 203)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about 2014. Police failure. Prosecutor not told Port was a suspected sex offender" class="event cat-police-failure" data-event="walgate-prosecutor-not-told" part="event" role="button" tabindex="-1" transform="translate(97.1 191)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-61" x2="61" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about August 2014. Police failure. Two leads towards Port not followed up" class="event cat-police-failure" data-event="kovari-leads-not-followed" part="event" role="button" tabindex="-1" transform="translate(112.2 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-5" x2="5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about August 2014. Police failure. Kovari’s family not told of his death" class="event cat-police-failure" data-event="kovari-family-not-informed" part="event" role="button" tabindex="-1" transform="translate(112.2 203)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-5" x2="5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="28 August 2014. Death. Gabriel Kovari found dead in St Margaret’s Churchyard" class="event cat-death" data-event="death-gabriel-kovari" part="event" role="button" tabindex="-1" transform="translate(116.2 67)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="28 August 2014. Police failure. Kovari’s death classed ‘not suspicious’ within hours" class="event cat-police-failure" data-event="kovari-classed-not-suspicious" part="event" role="button" tabindex="-1" transform="translate(116.2 191)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about September 2014. Police failure. Note and bed sheet not forensically examined" class="event cat-police-failure" data-event="whitworth-evidence-not-examined" part="event" role="button" tabindex="-1" transform="translate(122.4 179)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.9" x2="4.9" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="20 September 2014. Death. Daniel Whitworth found dead in the same churchyard" class="event cat-death" data-event="death-daniel-whitworth" part="event" role="button" tabindex="-1" transform="translate(123.9 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="20 September 2014. Police failure. Whitworth’s death classed non-suspicious the same day" class="event cat-police-failure" data-event="whitworth-classed-not-suspicious" part="event" role="button" tabindex="-1" transform="translate(123.9 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="19 June 2015. Inquest. First inquests: open conclusions on Kovari and Whitworth" class="event cat-inquest" data-event="original-inquests-open-conclusions" part="event" role="button" tabindex="-1" transform="translate(215 475)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="2015. Justice. Port jailed for lying about Walgate’s death" class="event cat-justice" data-event="port-jailed-perverting-justice" part="event" role="button" tabindex="-1" transform="translate(219.4 303)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-61" x2="61" y1="0" y2="0">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="about September 2015 to October 2015. Police failure. Taylor’s family press police to look further" class="event cat-police-failure" data-event="taylor-family-concerns" part="event" role="button" tabindex="-1" transform="translate(239.8 215)">
      <rect class="hit" height="24" rx="6" width="44.1" x="-12" y="-12">
      <rect class="bar" height="6" width="20.1" x="0" y="-3">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="14 September 2015. Death. Jack Taylor found dead in the same graveyard" class="event cat-death" data-event="death-jack-taylor" part="event" role="button" tabindex="-1" transform="translate(244.1 67)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="14 September 2015. Police failure. Taylor’s death first treated as non-suspicious" class="event cat-police-failure" data-event="taylor-death-not-suspicious" part="event" role="button" tabindex="-1" transform="translate(244.1 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="October 2015 to August 2018. Watchdog. IPCC/IOPC investigation of the Met’s response" class="event cat-watchdog" data-event="iopc-investigation" part="event" role="button" tabindex="-1" transform="translate(249.8 383)">
      <rect class="hit" height="24" rx="6" width="380.7" x="-12" y="-12">
      <rect class="bar" height="6" width="356.7" x="0" y="-3">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="15 October 2015. Justice. Stephen Port arrested" class="event cat-justice" data-event="port-arrested" part="event" role="button" tabindex="-1" transform="translate(254.5 303)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="about October 2015. Justice. Deaths linked by serious crime investigators" class="event cat-justice" data-event="deaths-linked" part="event" role="button" tabindex="-1" transform="translate(254.9 291)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-5" x2="5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="18 October 2015. Justice. Port charged" class="event cat-justice" data-event="port-charged" part="event" role="button" tabindex="-1" transform="translate(255.5 279)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="23 November 2016. Justice. Port convicted of four murders" class="event cat-justice" data-event="port-convicted" part="event" role="button" tabindex="-1" transform="translate(390.2 303)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="23 November 2016. Watchdog. 17 officers served misconduct notices" class="event cat-watchdog" data-event="misconduct-notices" part="event" role="button" tabindex="-1" transform="translate(390.2 383)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="25 November 2016. Justice. Port given a whole life order" class="event cat-justice" data-event="port-sentenced" part="event" role="button" tabindex="-1" transform="translate(390.8 291)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="28 November 2017. Inquest. High Court sets aside the first inquests" class="event cat-inquest" data-event="high-court-first-inquests" part="event" role="button" tabindex="-1" transform="translate(514.1 475)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="August 2018. Watchdog. IOPC finds performance failings by 9 of 17 officers" class="event cat-watchdog" data-event="iopc-findings" part="event" role="button" tabindex="-1" transform="translate(601.5 383)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-5" x2="5" y1="0" y2="0">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="about July 2019. Watchdog. IOPC: no officer to be disciplined" class="event cat-watchdog" data-event="iopc-no-discipline" part="event" role="button" tabindex="-1" transform="translate(713.3 383)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-5" x2="5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="5 October 2021 to 10 December 2021. Inquest. Inquests into the four deaths" class="event cat-inquest" data-event="inquests" part="event" role="button" tabindex="-1" transform="translate(985.3 475)">
      <rect class="hit" height="24" rx="6" width="46.1" x="-12" y="-12">
      <rect class="bar" height="6" width="22.1" x="0" y="-3">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="19 November 2021. Inquest. Met reviewer: Port could have been caught sooner" class="event cat-inquest" data-event="met-review-evidence" part="event" role="button" tabindex="-1" transform="translate(1000.4 475)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="3 December 2021. Inspection. HMICFRS inspection requested" class="event cat-inspection" data-event="hmicfrs-inspection-requested" part="event" role="button" tabindex="-1" transform="translate(1005.1 571)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="10 December 2021. Inquest. Jury: police failings probably contributed to three deaths" class="event cat-inquest" data-event="inquest-conclusions" part="event" role="button" tabindex="-1" transform="translate(1007.4 463)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="10 December 2021. Response. 18 MPs ask for a public inquiry" class="event cat-response" data-event="mps-letter" part="event" role="button" tabindex="-1" transform="translate(1007.4 651)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="25 January 2022. Inquest. Coroner’s Prevention of Future Deaths report" class="event cat-inquest" data-event="coroner-pfd-report" part="event" role="button" tabindex="-1" transform="translate(1022.8 475)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="19 April 2022. Response. Met and NPCC announce four categories of death" class="event cat-response" data-event="met-npcc-response" part="event" role="button" tabindex="-1" transform="translate(1050.9 651)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="23 June 2022. Watchdog. IOPC decides to re-investigate" class="event cat-watchdog" data-event="iopc-reinvestigation-decided" part="event" role="button" tabindex="-1" transform="translate(1072.7 383)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="29 August 2022. Response. Met settles civil claims over three of the deaths" class="event cat-response" data-event="civil-claims-settled" part="event" role="button" tabindex="-1" transform="translate(1095.1 651)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="21 March 2023. Inspection. Casey Review published" class="event cat-inspection" data-event="casey-review" part="event" role="button" tabindex="-1" transform="translate(1163.5 571)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="27 April 2023. Inspection. HMICFRS report on lessons from the Port murders" class="event cat-inspection" data-event="hmicfrs-report" part="event" role="button" tabindex="-1" transform="translate(1175.9 571)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="16 November 2023. Watchdog. Eight officers under gross misconduct investigation" class="event cat-watchdog" data-event="iopc-gross-misconduct-notices" part="event" role="button" tabindex="-1" transform="translate(1243.8 383)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
`;
/* end snapshot case-timeline-bundled-1280 */

snapshots["case-timeline-bundled-320"] = 
`2014 | mk death | June 2014 to September 2015 | The four murders, June 2014 to September 2015 | Death
 | mk police-failure | June 2014 to September 2015 | Police do not link the deaths | Police failure
 | mk police-failure | about June 2014 | Murder team declines to take over Walgate case | Police failure
 | mk police-failure | June 2014 | Database checks not made; earlier allegation not shared | Police failure
 | mk police-failure | about June 2014 | Port’s laptop not sent for analysis | Police failure
 | mk death | 19 June 2014 | Anthony Walgate found dead in Barking | Death
 | mk police-failure | 19 June 2014 | Walgate’s death classed ‘unexplained’, not ‘suspicious’ | Police failure
 | mk police-failure | 19 June 2014 | Earlier allegation against Port not passed on | Police failure
 | mk police-failure | 26 June 2014 | Email calls Walgate’s death ‘increasingly suspicious’ | Police failure
 | mk police-failure | about 2014 | Prosecutor not told Port was a suspected sex offender | Police failure
 | mk police-failure | about August 2014 | Two leads towards Port not followed up | Police failure
 | mk police-failure | about August 2014 | Kovari’s family not told of his death | Police failure
 | mk death | 28 August 2014 | Gabriel Kovari found dead in St Margaret’s Churchyard | Death
 | mk police-failure | 28 August 2014 | Kovari’s death classed ‘not suspicious’ within hours | Police failure
 | mk police-failure | about September 2014 | Note and bed sheet not forensically examined | Police failure
 | mk death | 20 September 2014 | Daniel Whitworth found dead in the same churchyard | Death
 | mk police-failure | 20 September 2014 | Whitworth’s death classed non-suspicious the same day | Police failure
2015 | mk inquest | 19 June 2015 | First inquests: open conclusions on Kovari and Whitworth | Inquest
 | mk justice | 2015 | Port jailed for lying about Walgate’s death | Justice
 | mk police-failure | about September 2015 to October 2015 | Taylor’s family press police to look further | Police failure
 | mk death | 14 September 2015 | Jack Taylor found dead in the same graveyard | Death
 | mk police-failure | 14 September 2015 | Taylor’s death first treated as non-suspicious | Police failure
 | mk watchdog | October 2015 to August 2018 | IPCC/IOPC investigation of the Met’s response | Watchdog
 | mk justice | 15 October 2015 | Stephen Port arrested | Justice
 | mk justice | about October 2015 | Deaths linked by serious crime investigators | Justice
 | mk justice | 18 October 2015 | Port charged | Justice
2016 | mk justice | 23 November 2016 | Port convicted of four murders | Justice
 | mk watchdog | 23 November 2016 | 17 officers served misconduct notices | Watchdog
 | mk justice | 25 November 2016 | Port given a whole life order | Justice
2017 | mk inquest | 28 November 2017 | High Court sets aside the first inquests | Inquest
2018 | mk watchdog | August 2018 | IOPC finds performance failings by 9 of 17 officers | Watchdog
2019 | mk watchdog | about July 2019 | IOPC: no officer to be disciplined | Watchdog
2021 | mk inquest | 5 October 2021 to 10 December 2021 | Inquests into the four deaths | Inquest
 | mk inquest | 19 November 2021 | Met reviewer: Port could have been caught sooner | Inquest
 | mk inspection | 3 December 2021 | HMICFRS inspection requested | Inspection
 | mk inquest | 10 December 2021 | Jury: police failings probably contributed to three deaths | Inquest
 | mk response | 10 December 2021 | 18 MPs ask for a public inquiry | Response
2022 | mk inquest | 25 January 2022 | Coroner’s Prevention of Future Deaths report | Inquest
 | mk response | 19 April 2022 | Met and NPCC announce four categories of death | Response
 | mk watchdog | 23 June 2022 | IOPC decides to re-investigate | Watchdog
 | mk response | 29 August 2022 | Met settles civil claims over three of the deaths | Response
2023 | mk inspection | 21 March 2023 | Casey Review published | Inspection
 | mk inspection | 27 April 2023 | HMICFRS report on lessons from the Port murders | Inspection
 | mk watchdog | 16 November 2023 | Eight officers under gross misconduct investigation | Watchdog
`;
/* end snapshot case-timeline-bundled-320 */

