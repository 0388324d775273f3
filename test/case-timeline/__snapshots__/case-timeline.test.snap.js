/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["case-timeline-bundled-1280"] = 
`<svg class="chart" font-size="12" height="914" part="chart" viewBox="0 0 1280 914" width="1280">
  <g aria-hidden="true" class="axis" part="axis">
    <line class="tick" x1="45.4" x2="45.4" y1="6" y2="914">
    <text class="tick-label" x="49.4" y="16">2013
    <line class="tick" x1="155.5" x2="155.5" y1="6" y2="914">
    <text class="tick-label" x="159.5" y="16">2014
    <line class="tick" x1="265.7" x2="265.7" y1="6" y2="914">
    <text class="tick-label" x="269.7" y="16">2015
    <line class="tick" x1="375.8" x2="375.8" y1="6" y2="914">
    <text class="tick-label" x="379.8" y="16">2016
    <line class="tick" x1="486.2" x2="486.2" y1="6" y2="914">
    <text class="tick-label" x="490.2" y="16">2017
    <line class="tick" x1="596.4" x2="596.4" y1="6" y2="914">
    <text class="tick-label" x="600.4" y="16">2018
    <line class="tick" x1="706.5" x2="706.5" y1="6" y2="914">
    <text class="tick-label" x="710.5" y="16">2019
    <line class="tick" x1="816.7" x2="816.7" y1="6" y2="914">
    <text class="tick-label" x="820.7" y="16">2020
    <line class="tick" x1="927.1" x2="927.1" y1="6" y2="914">
    <text class="tick-label" x="931.1" y="16">2021
    <line class="tick" x1="1037.3" x2="1037.3" y1="6" y2="914">
    <text class="tick-label" x="1041.3" y="16">2022
    <line class="tick" x1="1147.4" x2="1147.4" y1="6" y2="914">
    <text class="tick-label" x="1151.4" y="16">2023
    <line class="tick" x1="1257.6" x2="1257.6" y1="6" y2="914">
  <g aria-hidden="true" class="lanes">
    <g class="lane cat-death" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="26" y2="26">
      <path class="fill" d="M4.7,0A4.7,4.7,0,1,1,-4.7,0A4.7,4.7,0,1,1,4.7,0" transform="translate(18 35)">
      <text class="lane-name" x="30" y="39">Death
    <g class="lane cat-police-failure" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="150" y2="150">
      <path class="fill" d="M0,-7.3L6.4,3.7L-6.4,3.7Z" transform="translate(18 159)">
      <text class="lane-name" x="30" y="163">Police failure
    <g class="lane cat-family" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="298" y2="298">
      <path class="fill" d="M2.3,1.3L2.3,5.8L-2.3,5.8L-2.3,1.3L-6.2,-1L-3.9,-4.9L0,-2.6L3.9,-4.9L6.2,-1Z" transform="translate(18 307)">
      <text class="lane-name" x="30" y="311">Family concern
    <g class="lane cat-justice" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="406" y2="406">
      <path class="fill" d="M-4.2,-4.2h8.4v8.4h-8.4Z" transform="translate(18 415)">
      <text class="lane-name" x="30" y="419">Justice
    <g class="lane cat-watchdog" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="510" y2="510">
      <path class="open" d="M4.7,0A4.7,4.7,0,1,1,-4.7,0A4.7,4.7,0,1,1,4.7,0" transform="translate(18 519)">
      <text class="lane-name" x="30" y="523">Watchdog
    <g class="lane cat-inquest" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="606" y2="606">
      <path class="open" d="M-4.2,-4.2h8.4v8.4h-8.4Z" transform="translate(18 615)">
      <text class="lane-name" x="30" y="619">Inquest
    <g class="lane cat-inspection" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="714" y2="714">
      <path class="fill" d="M0,-7.8L4.5,0L0,7.8L-4.5,0Z" transform="translate(18 723)">
      <text class="lane-name" x="30" y="727">Inspection
    <g class="lane cat-response" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="818" y2="818">
      <path class="open" d="M0,-7.8L4.5,0L0,7.8L-4.5,0Z" transform="translate(18 827)">
      <text class="lane-name" x="30" y="831">Response
  <g aria-hidden="true" class="labels">
    <g class="label" data-label="death-jack-taylor" part="label">
      <line class="leader" x1="343" x2="343" y1="74" y2="78">
      <text x="344" y="89">Jack Taylor
    <g class="label" data-label="death-daniel-whitworth" part="label">
      <line class="leader" x1="235" x2="235" y1="62" y2="94">
      <text x="236" y="105">Daniel Whitworth
    <g class="label" data-label="death-gabriel-kovari" part="label">
      <line class="leader" x1="228" x2="228" y1="74" y2="110">
      <text x="229" y="121">Gabriel Kovari
    <g class="label" data-label="death-anthony-walgate" part="label">
      <line class="leader" x1="207" x2="207" y1="74" y2="126">
      <text x="208" y="137">Anthony Walgate
    <g class="label" data-label="inquests" part="label">
      <line class="leader" x1="1011" x2="1011" y1="643" y2="622">
      <text x="1012" y="619">Inquests into the four deaths
    <g class="label" data-label="iopc-investigation" part="label">
      <line class="leader" x1="348" x2="348" y1="535" y2="526">
      <text x="349" y="523">IPCC/IOPC investigation of…
    <g class="label" data-label="taylor-family-concerns" part="label">
      <line class="leader" x1="339" x2="339" y1="335" y2="314">
      <text x="340" y="311">Taylor’s family say they…
    <g class="label" data-label="deaths-not-linked" part="label">
      <line class="leader" x1="201" x2="201" y1="211" y2="166">
      <text x="202" y="163">Police do not link the deaths
    <g class="label" data-label="iopc-gross-misconduct-notices" part="label">
      <line class="leader" x1="1244" x2="1244" y1="546" y2="550">
      <text x="1089" y="561">Eight officers under gross…
    <g class="label" data-label="hmicfrs-homophobia" part="label">
      <line class="leader" x1="1183" x2="1183" y1="750" y2="778">
      <text x="1075" y="789">HMICFRS on homophobia in the…
    <g class="label" data-label="hmicfrs-report" part="label">
      <line class="leader" x1="1183" x2="1183" y1="748" y2="730">
      <text x="1096" y="727">HMICFRS report on lessons…
    <g class="label" data-label="civil-claims-settled" part="label">
      <line class="leader" x1="1110" x2="1110" y1="854" y2="858">
      <text x="1103" y="869">Met settles civil claims…
    <g class="label" data-label="iopc-reinvestigation-decided" part="label">
      <line class="leader" x1="1090" x2="1090" y1="532" y2="526">
      <text x="1068" y="523">IOPC decides to re-investigate
    <g class="label" data-label="met-npcc-response" part="label">
      <line class="leader" x1="1070" x2="1070" y1="854" y2="874">
      <text x="1071" y="885">Met and NPCC announce four…
    <g class="label" data-label="coroner-pfd-report" part="label">
      <line class="leader" x1="1045" x2="1045" y1="654" y2="658">
      <text x="1046" y="669">Coroner’s Prevention of…
    <g class="label" data-label="mps-letter" part="label">
      <line class="leader" x1="1031" x2="1031" y1="854" y2="890">
      <text x="1032" y="901">18 MPs ask for a public…
    <g class="label" data-label="inquest-conclusions" part="label">
      <line class="leader" x1="1031" x2="1031" y1="642" y2="674">
      <text x="1032" y="685">Jury: police failings…
    <g class="label" data-label="iopc-considers-reopening" part="label">
      <line class="leader" x1="1031" x2="1031" y1="546" y2="566">
      <text x="1032" y="577">IOPC examines whether to…
    <g class="label" data-label="hmicfrs-inspection-requested" part="label">
      <line class="leader" x1="1029" x2="1029" y1="774" y2="794">
      <text x="1030" y="805">HMICFRS inspection requested
    <g class="label" data-label="met-review-evidence" part="label">
      <line class="leader" x1="1024" x2="1024" y1="654" y2="690">
      <text x="1025" y="701">Met reviewer: Port could…
    <g class="label" data-label="iopc-no-discipline" part="label">
      <line class="leader" x1="766" x2="766" y1="546" y2="550">
      <text x="767" y="561">IOPC: no officer to be…
    <g class="label" data-label="iopc-findings" part="label">
      <line class="leader" x1="665" x2="665" y1="546" y2="566">
      <text x="666" y="577">IOPC: 9 of 17 officers had…
    <g class="label" data-label="high-court-first-inquests" part="label">
      <line class="leader" x1="586" x2="586" y1="654" y2="658">
      <text x="587" y="669">High Court: first inquests…
    <g class="label" data-label="port-sentenced" part="label">
      <line class="leader" x1="475" x2="475" y1="454" y2="470">
      <text x="476" y="481">Port given a whole life order
    <g class="label" data-label="misconduct-notices" part="label">
      <line class="leader" x1="475" x2="475" y1="546" y2="582">
      <text x="476" y="593">IPCC announces misconduct…
    <g class="label" data-label="port-convicted" part="label">
      <line class="leader" x1="475" x2="475" y1="452" y2="422">
      <text x="476" y="419">Port convicted of four murders
    <g class="label" data-label="port-charged" part="label">
      <line class="leader" x1="353" x2="353" y1="442" y2="470">
      <text x="354" y="481">Port charged
    <g class="label" data-label="taylor-death-not-suspicious" part="label">
      <line class="leader" x1="343" x2="343" y1="222" y2="226">
      <text x="344" y="237">Taylor’s death first treated…
    <g class="label" data-label="port-jailed-perverting-justice" part="label">
      <line class="leader" x1="321" x2="321" y1="466" y2="486">
      <text x="322" y="497">Port jailed for perverting…
    <g class="label" data-label="original-inquests-open-conclusions" part="label">
      <line class="leader" x1="317" x2="317" y1="654" y2="658">
      <text x="318" y="669">First inquests: open…
    <g class="label" data-label="whitworth-classed-not-suspicious" part="label">
      <line class="leader" x1="235" x2="235" y1="210" y2="242">
      <text x="236" y="253">Whitworth’s death classed…
    <g class="label" data-label="whitworth-family-concerns" part="label">
      <line class="leader" x1="233" x2="233" y1="334" y2="350">
      <text x="234" y="361">Family say police let them…
    <g class="label" data-label="kovari-classed-not-suspicious" part="label">
      <line class="leader" x1="228" x2="228" y1="198" y2="258">
      <text x="229" y="269">Kovari’s death classed ‘not…
    <g class="label" data-label="kovari-family-concerns" part="label">
      <line class="leader" x1="224" x2="224" y1="346" y2="366">
      <text x="225" y="377">Kovari’s friends and family…
    <g class="label" data-label="kovari-family-not-informed" part="label">
      <line class="leader" x1="224" x2="224" y1="210" y2="274">
      <text x="225" y="285">Kovari’s family not told of…
    <g class="label" data-label="walgate-family-concerns" part="label">
      <line class="leader" x1="206" x2="206" y1="346" y2="382">
      <text x="207" y="393">Walgate’s parents say police…
    <g class="label" data-label="port-arrested-2012" part="label">
      <line class="leader" x1="41" x2="41" y1="466" y2="470">
      <text x="42" y="481">Port arrested on suspicion…
  <g aria-describedby="key-hint" aria-label="Events" class="events" role="group">
    <g aria-expanded="false" aria-label="December 2012. Justice. Port arrested on suspicion of rape" class="event cat-justice" data-event="port-arrested-2012" part="event" role="button" tabindex="0" transform="translate(40.7 459)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="19 June 2014. Death. Anthony Walgate found dead in Barking" class="event cat-death" data-event="death-anthony-walgate" part="event" role="button" tabindex="-1" transform="translate(206.7 67)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="19 June 2014. Police failure. Walgate’s death classed ‘unexplained’, not ‘suspicious’" class="event cat-police-failure" data-event="walgate-death-classed-unexplained" part="event" role="button" tabindex="-1" transform="translate(206.7 179)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="19 June 2014. Police failure. Earlier allegation against Port not passed on" class="event cat-police-failure" data-event="walgate-allegation-not-passed-on" part="event" role="button" tabindex="-1" transform="translate(206.7 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="26 June 2014. Police failure. Email calls Walgate’s death ‘increasingly suspicious’" class="event cat-police-failure" data-event="walgate-concern-email" part="event" role="button" tabindex="-1" transform="translate(208.8 203)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="27 June 2014. Police failure. Earlier Barking station incident not flagged up" class="event cat-police-failure" data-event="walgate-second-interview" part="event" role="button" tabindex="-1" transform="translate(209.1 191)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="June 2014 to September 2015. Police failure. Police do not link the deaths" class="event cat-police-failure" data-event="deaths-not-linked" part="event" role="button" tabindex="-1" transform="translate(201.2 215)">
      <rect class="hit" height="24" rx="6" width="170.7" x="-12" y="-12">
      <rect class="bar" height="6" width="146.7" x="0" y="-3">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about June 2014. Police failure. Murder team declines to take over Walgate case" class="event cat-police-failure" data-event="walgate-murder-team-declined" part="event" role="button" tabindex="-1" transform="translate(205.6 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.4" x2="4.4" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="June 2014. Police failure. Database checks not made; earlier allegation not shared" class="event cat-police-failure" data-event="walgate-checks-not-made" part="event" role="button" tabindex="-1" transform="translate(205.6 203)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.4" x2="4.4" y1="0" y2="0">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about June 2014. Police failure. Port’s laptop not sent for analysis" class="event cat-police-failure" data-event="walgate-laptop-not-examined" part="event" role="button" tabindex="-1" transform="translate(205.6 191)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.4" x2="4.4" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about 2014. Police failure. Prosecutor not told Port was a suspected sex offender" class="event cat-police-failure" data-event="walgate-prosecutor-not-told" part="event" role="button" tabindex="-1" transform="translate(210.6 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-54.9" x2="54.9" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about June 2014. Family concern. Walgate’s parents say police insisted death not suspicious" class="event cat-family" data-event="walgate-family-concerns" part="event" role="button" tabindex="-1" transform="translate(205.6 339)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.4" x2="4.4" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M2.6,1.5L2.6,6.6L-2.6,6.6L-2.6,1.5L-7,-1.1L-4.4,-5.5L0,-3L4.4,-5.5L7,-1.1Z">
    <g aria-expanded="false" aria-label="28 August 2014. Death. Gabriel Kovari found dead" class="event cat-death" data-event="death-gabriel-kovari" part="event" role="button" tabindex="-1" transform="translate(227.8 67)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="28 August 2014. Police failure. Kovari’s death classed ‘not suspicious’ within hours" class="event cat-police-failure" data-event="kovari-classed-not-suspicious" part="event" role="button" tabindex="-1" transform="translate(227.8 191)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about August 2014. Police failure. Two leads towards Port not followed up" class="event cat-police-failure" data-event="kovari-leads-not-followed" part="event" role="button" tabindex="-1" transform="translate(224.2 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about August 2014. Police failure. Kovari’s family not told of his death" class="event cat-police-failure" data-event="kovari-family-not-informed" part="event" role="button" tabindex="-1" transform="translate(224.2 203)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about August 2014. Family concern. Kovari’s friends and family say they raised concerns" class="event cat-family" data-event="kovari-family-concerns" part="event" role="button" tabindex="-1" transform="translate(224.2 339)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M2.6,1.5L2.6,6.6L-2.6,6.6L-2.6,1.5L-7,-1.1L-4.4,-5.5L0,-3L4.4,-5.5L7,-1.1Z">
    <g aria-expanded="false" aria-label="20 September 2014. Death. Daniel Whitworth found dead" class="event cat-death" data-event="death-daniel-whitworth" part="event" role="button" tabindex="-1" transform="translate(234.7 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="20 September 2014. Police failure. Whitworth’s death classed non-suspicious the same day" class="event cat-police-failure" data-event="whitworth-classed-not-suspicious" part="event" role="button" tabindex="-1" transform="translate(234.7 203)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about September 2014. Police failure. Bed sheet not examined for evidence" class="event cat-police-failure" data-event="whitworth-evidence-not-examined" part="event" role="button" tabindex="-1" transform="translate(233.4 179)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.4" x2="4.4" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about September 2014. Police failure. No handwriting expert examined the note" class="event cat-police-failure" data-event="whitworth-note-not-examined" part="event" role="button" tabindex="-1" transform="translate(233.4 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.4" x2="4.4" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about September 2014. Family concern. Family say police let them believe Whitworth killed himself" class="event cat-family" data-event="whitworth-family-concerns" part="event" role="button" tabindex="-1" transform="translate(233.4 327)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.4" x2="4.4" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M2.6,1.5L2.6,6.6L-2.6,6.6L-2.6,1.5L-7,-1.1L-4.4,-5.5L0,-3L4.4,-5.5L7,-1.1Z">
    <g aria-expanded="false" aria-label="2015. Justice. Port jailed for perverting the course of justice" class="event cat-justice" data-event="port-jailed-perverting-justice" part="event" role="button" tabindex="-1" transform="translate(320.7 459)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-54.9" x2="54.9" y1="0" y2="0">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="19 June 2015. Inquest. First inquests: open conclusions on Kovari and Whitworth" class="event cat-inquest" data-event="original-inquests-open-conclusions" part="event" role="button" tabindex="-1" transform="translate(316.8 647)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="14 September 2015. Death. Jack Taylor found dead" class="event cat-death" data-event="death-jack-taylor" part="event" role="button" tabindex="-1" transform="translate(343.1 67)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="14 September 2015. Police failure. Taylor’s death first treated as non-suspicious" class="event cat-police-failure" data-event="taylor-death-not-suspicious" part="event" role="button" tabindex="-1" transform="translate(343.1 215)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about September 2015 to October 2015. Family concern. Taylor’s family say they pressed police to look further" class="event cat-family" data-event="taylor-family-concerns" part="event" role="button" tabindex="-1" transform="translate(339.1 339)">
      <rect class="hit" height="24" rx="6" width="42.1" x="-12" y="-12">
      <rect class="bar" height="6" width="18.1" x="0" y="-3">
      <circle class="approx" r="9">
      <path class="fill" d="M2.6,1.5L2.6,6.6L-2.6,6.6L-2.6,1.5L-7,-1.1L-4.4,-5.5L0,-3L4.4,-5.5L7,-1.1Z">
    <g aria-expanded="false" aria-label="about October 2015. Justice. Deaths linked by serious crime investigators" class="event cat-justice" data-event="deaths-linked" part="event" role="button" tabindex="-1" transform="translate(352.7 447)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="15 October 2015. Justice. Stephen Port arrested" class="event cat-justice" data-event="port-arrested" part="event" role="button" tabindex="-1" transform="translate(352.4 459)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="18 October 2015. Justice. Port charged" class="event cat-justice" data-event="port-charged" part="event" role="button" tabindex="-1" transform="translate(353.3 435)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="October 2015 to August 2018. Watchdog. IPCC/IOPC investigation of the Met’s response" class="event cat-watchdog" data-event="iopc-investigation" part="event" role="button" tabindex="-1" transform="translate(348.2 539)">
      <rect class="hit" height="24" rx="6" width="345.4" x="-12" y="-12">
      <rect class="bar" height="6" width="321.4" x="0" y="-3">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="23 November 2016. Justice. Port convicted of four murders" class="event cat-justice" data-event="port-convicted" part="event" role="button" tabindex="-1" transform="translate(474.6 459)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="23 November 2016. Watchdog. IPCC announces misconduct notices for 17 officers" class="event cat-watchdog" data-event="misconduct-notices" part="event" role="button" tabindex="-1" transform="translate(474.6 539)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="25 November 2016. Justice. Port given a whole life order" class="event cat-justice" data-event="port-sentenced" part="event" role="button" tabindex="-1" transform="translate(475.2 447)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="28 November 2017. Inquest. High Court: first inquests lacked key information" class="event cat-inquest" data-event="high-court-first-inquests" part="event" role="button" tabindex="-1" transform="translate(586.3 647)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="August 2018. Watchdog. IOPC: 9 of 17 officers had performance failings" class="event cat-watchdog" data-event="iopc-findings" part="event" role="button" tabindex="-1" transform="translate(665 539)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="about July 2019. Watchdog. IOPC: no officer to be disciplined" class="event cat-watchdog" data-event="iopc-no-discipline" part="event" role="button" tabindex="-1" transform="translate(765.8 539)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="5 October 2021 to 10 December 2021. Inquest. Inquests into the four deaths" class="event cat-inquest" data-event="inquests" part="event" role="button" tabindex="-1" transform="translate(1010.9 647)">
      <rect class="hit" height="24" rx="6" width="43.9" x="-12" y="-12">
      <rect class="bar" height="6" width="19.9" x="0" y="-3">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="19 November 2021. Inquest. Met reviewer: Port could have been caught sooner" class="event cat-inquest" data-event="met-review-evidence" part="event" role="button" tabindex="-1" transform="translate(1024.5 647)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="3 December 2021. Inspection. HMICFRS inspection requested" class="event cat-inspection" data-event="hmicfrs-inspection-requested" part="event" role="button" tabindex="-1" transform="translate(1028.7 767)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="10 December 2021. Watchdog. IOPC examines whether to reopen its investigation" class="event cat-watchdog" data-event="iopc-considers-reopening" part="event" role="button" tabindex="-1" transform="translate(1030.8 539)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="10 December 2021. Inquest. Jury: police failings probably contributed to three deaths" class="event cat-inquest" data-event="inquest-conclusions" part="event" role="button" tabindex="-1" transform="translate(1030.8 635)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="10 December 2021. Response. 18 MPs ask for a public inquiry" class="event cat-response" data-event="mps-letter" part="event" role="button" tabindex="-1" transform="translate(1030.8 847)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="25 January 2022. Inquest. Coroner’s Prevention of Future Deaths report" class="event cat-inquest" data-event="coroner-pfd-report" part="event" role="button" tabindex="-1" transform="translate(1044.7 647)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="19 April 2022. Response. Met and NPCC announce four categories of death" class="event cat-response" data-event="met-npcc-response" part="event" role="button" tabindex="-1" transform="translate(1070 847)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="23 June 2022. Watchdog. IOPC decides to re-investigate" class="event cat-watchdog" data-event="iopc-reinvestigation-decided" part="event" role="button" tabindex="-1" transform="translate(1089.6 539)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="29 August 2022. Response. Met settles civil claims over three of the deaths" class="event cat-response" data-event="civil-claims-settled" part="event" role="button" tabindex="-1" transform="translate(1109.9 847)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="21 March 2023. Inspection. Casey Review published" class="event cat-inspection" data-event="casey-review" part="event" role="button" tabindex="-1" transform="translate(1171.4 767)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="27 April 2023. Inspection. HMICFRS report on lessons from the Port murders" class="event cat-inspection" data-event="hmicfrs-report" part="event" role="button" tabindex="-1" transform="translate(1182.6 755)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="27 April 2023. Inspection. HMICFRS on homophobia in the Met" class="event cat-inspection" data-event="hmicfrs-homophobia" part="event" role="button" tabindex="-1" transform="translate(1182.6 743)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="16 November 2023. Watchdog. Eight officers under gross misconduct investigation" class="event cat-watchdog" data-event="iopc-gross-misconduct-notices" part="event" role="button" tabindex="-1" transform="translate(1243.8 539)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
`;
/* end snapshot case-timeline-bundled-1280 */

snapshots["case-timeline-bundled-320"] = 
`2012 | mk justice | December 2012 | Port arrested on suspicion of rape | Justice
2014 | mk death | 19 June 2014 | Anthony Walgate found dead in Barking | Death
 | mk police-failure | 19 June 2014 | Walgate’s death classed ‘unexplained’, not ‘suspicious’ | Police failure
 | mk police-failure | 19 June 2014 | Earlier allegation against Port not passed on | Police failure
 | mk police-failure | 26 June 2014 | Email calls Walgate’s death ‘increasingly suspicious’ | Police failure
 | mk police-failure | 27 June 2014 | Earlier Barking station incident not flagged up | Police failure
 | mk police-failure | June 2014 to September 2015 | Police do not link the deaths | Police failure
 | mk police-failure | about June 2014 | Murder team declines to take over Walgate case | Police failure
 | mk police-failure | June 2014 | Database checks not made; earlier allegation not shared | Police failure
 | mk police-failure | about June 2014 | Port’s laptop not sent for analysis | Police failure
 | mk police-failure | about 2014 | Prosecutor not told Port was a suspected sex offender | Police failure
 | mk family | about June 2014 | Walgate’s parents say police insisted death not suspicious | Family concern
 | mk death | 28 August 2014 | Gabriel Kovari found dead | Death
 | mk police-failure | 28 August 2014 | Kovari’s death classed ‘not suspicious’ within hours | Police failure
 | mk police-failure | about August 2014 | Two leads towards Port not followed up | Police failure
 | mk police-failure | about August 2014 | Kovari’s family not told of his death | Police failure
 | mk family | about August 2014 | Kovari’s friends and family say they raised concerns | Family concern
 | mk death | 20 September 2014 | Daniel Whitworth found dead | Death
 | mk police-failure | 20 September 2014 | Whitworth’s death classed non-suspicious the same day | Police failure
 | mk police-failure | about September 2014 | Bed sheet not examined for evidence | Police failure
 | mk police-failure | about September 2014 | No handwriting expert examined the note | Police failure
 | mk family | about September 2014 | Family say police let them believe Whitworth killed himself | Family concern
2015 | mk justice | 2015 | Port jailed for perverting the course of justice | Justice
 | mk inquest | 19 June 2015 | First inquests: open conclusions on Kovari and Whitworth | Inquest
 | mk death | 14 September 2015 | Jack Taylor found dead | Death
 | mk police-failure | 14 September 2015 | Taylor’s death first treated as non-suspicious | Police failure
 | mk family | about September 2015 to October 2015 | Taylor’s family say they pressed police to look further | Family concern
 | mk justice | about October 2015 | Deaths linked by serious crime investigators | Justice
 | mk justice | 15 October 2015 | Stephen Port arrested | Justice
 | mk justice | 18 October 2015 | Port charged | Justice
 | mk watchdog | October 2015 to August 2018 | IPCC/IOPC investigation of the Met’s response | Watchdog
2016 | mk justice | 23 November 2016 | Port convicted of four murders | Justice
 | mk watchdog | 23 November 2016 | IPCC announces misconduct notices for 17 officers | Watchdog
 | mk justice | 25 November 2016 | Port given a whole life order | Justice
2017 | mk inquest | 28 November 2017 | High Court: first inquests lacked key information | Inquest
2018 | mk watchdog | August 2018 | IOPC: 9 of 17 officers had performance failings | Watchdog
2019 | mk watchdog | about July 2019 | IOPC: no officer to be disciplined | Watchdog
2021 | mk inquest | 5 October 2021 to 10 December 2021 | Inquests into the four deaths | Inquest
 | mk inquest | 19 November 2021 | Met reviewer: Port could have been caught sooner | Inquest
 | mk inspection | 3 December 2021 | HMICFRS inspection requested | Inspection
 | mk watchdog | 10 December 2021 | IOPC examines whether to reopen its investigation | Watchdog
 | mk inquest | 10 December 2021 | Jury: police failings probably contributed to three deaths | Inquest
 | mk response | 10 December 2021 | 18 MPs ask for a public inquiry | Response
2022 | mk inquest | 25 January 2022 | Coroner’s Prevention of Future Deaths report | Inquest
 | mk response | 19 April 2022 | Met and NPCC announce four categories of death | Response
 | mk watchdog | 23 June 2022 | IOPC decides to re-investigate | Watchdog
 | mk response | 29 August 2022 | Met settles civil claims over three of the deaths | Response
2023 | mk inspection | 21 March 2023 | Casey Review published | Inspection
 | mk inspection | 27 April 2023 | HMICFRS report on lessons from the Port murders | Inspection
 | mk inspection | 27 April 2023 | HMICFRS on homophobia in the Met | Inspection
 | mk watchdog | 16 November 2023 | Eight officers under gross misconduct investigation | Watchdog
`;
/* end snapshot case-timeline-bundled-320 */

