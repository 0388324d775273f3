/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["case-timeline-fixture-1280"] = 
`<svg class="chart" font-size="12" height="538" part="chart" viewBox="0 0 1280 538" width="1280">
  <g aria-hidden="true" class="axis" part="axis">
    <text class="tick-label" x="12" y="16">2014
    <line class="tick" x1="102.8" x2="102.8" y1="6" y2="538">
    <text class="tick-label" x="106.8" y="16">2015
    <line class="tick" x1="216.9" x2="216.9" y1="6" y2="538">
    <text class="tick-label" x="220.9" y="16">2016
    <line class="tick" x1="331.2" x2="331.2" y1="6" y2="538">
    <text class="tick-label" x="335.2" y="16">2017
    <line class="tick" x1="445.2" x2="445.2" y1="6" y2="538">
    <text class="tick-label" x="449.2" y="16">2018
    <line class="tick" x1="559.2" x2="559.2" y1="6" y2="538">
    <text class="tick-label" x="563.2" y="16">2019
    <line class="tick" x1="673.3" x2="673.3" y1="6" y2="538">
    <text class="tick-label" x="677.3" y="16">2020
    <line class="tick" x1="787.6" x2="787.6" y1="6" y2="538">
    <text class="tick-label" x="791.6" y="16">2021
    <line class="tick" x1="901.6" x2="901.6" y1="6" y2="538">
    <text class="tick-label" x="905.6" y="16">2022
    <line class="tick" x1="1015.6" x2="1015.6" y1="6" y2="538">
    <text class="tick-label" x="1019.6" y="16">2023
    <line class="tick" x1="1129.7" x2="1129.7" y1="6" y2="538">
    <text class="tick-label" x="1133.7" y="16">2024
    <line class="tick" x1="1244" x2="1244" y1="6" y2="538">
    <text class="tick-label" x="1248" y="16">2025
  <g aria-hidden="true" class="lanes">
    <g class="lane cat-death" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="26" y2="26">
      <path class="fill" d="M4.7,0A4.7,4.7,0,1,1,-4.7,0A4.7,4.7,0,1,1,4.7,0" transform="translate(18 35)">
      <text class="lane-name" x="30" y="39">Death
    <g class="lane cat-police-failure" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="90" y2="90">
      <path class="fill" d="M0,-7.3L6.4,3.7L-6.4,3.7Z" transform="translate(18 99)">
      <text class="lane-name" x="30" y="103">Police failure
    <g class="lane cat-justice" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="170" y2="170">
      <path class="fill" d="M-4.2,-4.2h8.4v8.4h-8.4Z" transform="translate(18 179)">
      <text class="lane-name" x="30" y="183">Justice
    <g class="lane cat-watchdog" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="250" y2="250">
      <path class="open" d="M4.7,0A4.7,4.7,0,1,1,-4.7,0A4.7,4.7,0,1,1,4.7,0" transform="translate(18 259)">
      <text class="lane-name" x="30" y="263">Watchdog
    <g class="lane cat-inquest" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="330" y2="330">
      <path class="open" d="M-4.2,-4.2h8.4v8.4h-8.4Z" transform="translate(18 339)">
      <text class="lane-name" x="30" y="343">Inquest
    <g class="lane cat-inspection" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="410" y2="410">
      <path class="fill" d="M0,-7.8L4.5,0L0,7.8L-4.5,0Z" transform="translate(18 419)">
      <text class="lane-name" x="30" y="423">Inspection
    <g class="lane cat-response" part="lane">
      <line class="lane-rule" x1="0" x2="1280" y1="474" y2="474">
      <path class="open" d="M0,-7.8L4.5,0L0,7.8L-4.5,0Z" transform="translate(18 483)">
      <text class="lane-name" x="30" y="487">Response
  <g aria-hidden="true" class="labels">
    <g class="label" data-label="n35" part="label">
      <line class="leader" x1="1103" x2="1103" y1="62" y2="66">
      <text x="1104" y="77">Person 35
    <g class="label" data-label="n28" part="label">
      <line class="leader" x1="890" x2="890" y1="62" y2="66">
      <text x="891" y="77">Person 28
    <g class="label" data-label="n21" part="label">
      <line class="leader" x1="676" x2="676" y1="62" y2="66">
      <text x="677" y="77">Person 21
    <g class="label" data-label="n14" part="label">
      <line class="leader" x1="463" x2="463" y1="62" y2="66">
      <text x="464" y="77">Person 14
    <g class="label" data-label="n7" part="label">
      <line class="leader" x1="274" x2="274" y1="62" y2="66">
      <text x="275" y="77">Person 7
    <g class="label" data-label="n42" part="label">
      <line class="leader" x1="176" x2="176" y1="62" y2="66">
      <text x="177" y="77">Person 42
    <g class="label" data-label="n0" part="label">
      <line class="leader" x1="36" x2="36" y1="62" y2="66">
      <text x="37" y="77">Person 0
    <g class="label" data-label="n41" part="label">
      <line class="leader" x1="1123" x2="1123" y1="499" y2="490">
      <text x="1124" y="487">Many event 41
    <g class="label" data-label="n29" part="label">
      <line class="leader" x1="1083" x2="1083" y1="115" y2="106">
      <text x="1084" y="103">Many event 29
    <g class="label" data-label="n17" part="label">
      <line class="leader" x1="1043" x2="1043" y1="275" y2="266">
      <text x="1044" y="263">Many event 17
    <g class="label" data-label="n5" part="label">
      <line class="leader" x1="1003" x2="1003" y1="435" y2="426">
      <text x="1004" y="423">Many event 5
    <g class="label" data-label="n23" part="label">
      <line class="leader" x1="1068" x2="1068" y1="206" y2="210">
      <text x="1069" y="221">Many event 23
    <g class="label" data-label="n11" part="label">
      <line class="leader" x1="1023" x2="1023" y1="366" y2="370">
      <text x="1024" y="381">Many event 11
    <g class="label" data-label="n40" part="label">
      <line class="leader" x1="930" x2="930" y1="446" y2="450">
      <text x="931" y="461">Many event 40
    <g class="label" data-label="n34" part="label">
      <line class="leader" x1="910" x2="910" y1="510" y2="514">
      <text x="911" y="525">Many event 34
    <g class="label" data-label="n22" part="label">
      <line class="leader" x1="870" x2="870" y1="126" y2="130">
      <text x="871" y="141">Many event 22
    <g class="label" data-label="n16" part="label">
      <line class="leader" x1="850" x2="850" y1="206" y2="210">
      <text x="851" y="221">Many event 16
    <g class="label" data-label="n10" part="label">
      <line class="leader" x1="830" x2="830" y1="286" y2="290">
      <text x="831" y="301">Many event 10
    <g class="label" data-label="n4" part="label">
      <line class="leader" x1="810" x2="810" y1="366" y2="370">
      <text x="811" y="381">Many event 4
    <g class="label" data-label="n39" part="label">
      <line class="leader" x1="736" x2="736" y1="366" y2="386">
      <text x="737" y="397">Many event 39
    <g class="label" data-label="n27" part="label">
      <line class="leader" x1="730" x2="730" y1="510" y2="514">
      <text x="731" y="525">Many event 27
    <g class="label" data-label="n33" part="label">
      <line class="leader" x1="716" x2="716" y1="446" y2="450">
      <text x="717" y="461">Many event 33
    <g class="label" data-label="n15" part="label">
      <line class="leader" x1="656" x2="656" y1="126" y2="130">
      <text x="657" y="141">Many event 15
    <g class="label" data-label="n9" part="label">
      <line class="leader" x1="636" x2="636" y1="206" y2="210">
      <text x="637" y="221">Many event 9
    <g class="label" data-label="n3" part="label">
      <line class="leader" x1="621" x2="621" y1="286" y2="290">
      <text x="622" y="301">Many event 3
    <g class="label" data-label="n38" part="label">
      <line class="leader" x1="543" x2="543" y1="286" y2="306">
      <text x="544" y="317">Many event 38
    <g class="label" data-label="n32" part="label">
      <line class="leader" x1="523" x2="523" y1="366" y2="370">
      <text x="524" y="381">Many event 32
    <g class="label" data-label="n26" part="label">
      <line class="leader" x1="503" x2="503" y1="446" y2="450">
      <text x="504" y="461">Many event 26
    <g class="label" data-label="n20" part="label">
      <line class="leader" x1="483" x2="483" y1="510" y2="514">
      <text x="484" y="525">Many event 20
    <g class="label" data-label="n8" part="label">
      <line class="leader" x1="443" x2="443" y1="126" y2="130">
      <text x="444" y="141">Many event 8
    <g class="label" data-label="n2" part="label">
      <line class="leader" x1="423" x2="423" y1="206" y2="210">
      <text x="424" y="221">Many event 2
    <g class="label" data-label="n43" part="label">
      <line class="leader" x1="374" x2="374" y1="126" y2="146">
      <text x="375" y="157">Many event 43
    <g class="label" data-label="n37" part="label">
      <line class="leader" x1="349" x2="349" y1="206" y2="226">
      <text x="350" y="237">Many event 37
    <g class="label" data-label="n31" part="label">
      <line class="leader" x1="329" x2="329" y1="286" y2="290">
      <text x="330" y="301">Many event 31
    <g class="label" data-label="n25" part="label">
      <line class="leader" x1="309" x2="309" y1="366" y2="370">
      <text x="310" y="381">Many event 25
    <g class="label" data-label="n19" part="label">
      <line class="leader" x1="290" x2="290" y1="446" y2="450">
      <text x="291" y="461">Many event 19
    <g class="label" data-label="n13" part="label">
      <line class="leader" x1="269" x2="269" y1="510" y2="514">
      <text x="270" y="525">Many event 13
    <g class="label" data-label="n1" part="label">
      <line class="leader" x1="230" x2="230" y1="126" y2="130">
      <text x="231" y="141">Many event 1
    <g class="label" data-label="n36" part="label">
      <line class="leader" x1="156" x2="156" y1="126" y2="146">
      <text x="157" y="157">Many event 36
    <g class="label" data-label="n30" part="label">
      <line class="leader" x1="136" x2="136" y1="206" y2="210">
      <text x="137" y="221">Many event 30
    <g class="label" data-label="n24" part="label">
      <line class="leader" x1="116" x2="116" y1="286" y2="290">
      <text x="117" y="301">Many event 24
    <g class="label" data-label="n18" part="label">
      <line class="leader" x1="96" x2="96" y1="366" y2="370">
      <text x="97" y="381">Many event 18
    <g class="label" data-label="n12" part="label">
      <line class="leader" x1="76" x2="76" y1="446" y2="450">
      <text x="77" y="461">Many event 12
    <g class="label" data-label="n6" part="label">
      <line class="leader" x1="56" x2="56" y1="510" y2="514">
      <text x="57" y="525">Many event 6
  <g aria-describedby="key-hint" aria-label="Events" class="events" role="group">
    <g aria-expanded="false" aria-label="1 June 2014. Death. Many event 0" class="event cat-death" data-event="n0" part="event" role="button" tabindex="0" transform="translate(36.2 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="4 August 2014. Response. Many event 6" class="event cat-response" data-event="n6" part="event" role="button" tabindex="-1" transform="translate(56.1 503)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="7 October 2014. Inspection. Many event 12" class="event cat-inspection" data-event="n12" part="event" role="button" tabindex="-1" transform="translate(76.1 439)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="10 December 2014. Inquest. Many event 18" class="event cat-inquest" data-event="n18" part="event" role="button" tabindex="-1" transform="translate(96.1 359)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="12 February 2015. Watchdog. Many event 24" class="event cat-watchdog" data-event="n24" part="event" role="button" tabindex="-1" transform="translate(116.1 279)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="about 17 April 2015. Justice. Many event 30" class="event cat-justice" data-event="n30" part="event" role="button" tabindex="-1" transform="translate(136.1 199)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <circle class="approx" r="9">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="20 June 2015. Police failure. Many event 36" class="event cat-police-failure" data-event="n36" part="event" role="button" tabindex="-1" transform="translate(156.1 119)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="23 August 2015. Death. Many event 42" class="event cat-death" data-event="n42" part="event" role="button" tabindex="-1" transform="translate(176.1 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="10 February 2016. Police failure. Many event 1" class="event cat-police-failure" data-event="n1" part="event" role="button" tabindex="-1" transform="translate(229.5 119)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="June 2016. Response. Many event 13" class="event cat-response" data-event="n13" part="event" role="button" tabindex="-1" transform="translate(269 503)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="20 August 2016. Inspection. Many event 19" class="event cat-inspection" data-event="n19" part="event" role="button" tabindex="-1" transform="translate(289.5 439)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="23 October 2016. Inquest. Many event 25" class="event cat-inquest" data-event="n25" part="event" role="button" tabindex="-1" transform="translate(309.5 359)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="26 December 2016. Watchdog. Many event 31" class="event cat-watchdog" data-event="n31" part="event" role="button" tabindex="-1" transform="translate(329.5 279)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="2016. Death. Many event 7" class="event cat-death" data-event="n7" part="event" role="button" tabindex="-1" transform="translate(274 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-57" x2="57" y1="0" y2="0">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="about 28 February 2017. Justice. Many event 37" class="event cat-justice" data-event="n37" part="event" role="button" tabindex="-1" transform="translate(349.5 199)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <circle class="approx" r="9">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="May 2017. Police failure. Many event 43" class="event cat-police-failure" data-event="n43" part="event" role="button" tabindex="-1" transform="translate(373.5 119)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.7" x2="4.7" y1="0" y2="0">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="about 21 October 2017. Justice. Many event 2" class="event cat-justice" data-event="n2" part="event" role="button" tabindex="-1" transform="translate(422.9 199)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <circle class="approx" r="9">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="24 December 2017. Police failure. Many event 8" class="event cat-police-failure" data-event="n8" part="event" role="button" tabindex="-1" transform="translate(442.9 119)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="26 February 2018. Death. Many event 14" class="event cat-death" data-event="n14" part="event" role="button" tabindex="-1" transform="translate(462.9 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="1 May 2018. Response. Many event 20" class="event cat-response" data-event="n20" part="event" role="button" tabindex="-1" transform="translate(482.9 503)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="4 July 2018. Inspection. Many event 26" class="event cat-inspection" data-event="n26" part="event" role="button" tabindex="-1" transform="translate(502.9 439)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="6 September 2018. Inquest. Many event 32" class="event cat-inquest" data-event="n32" part="event" role="button" tabindex="-1" transform="translate(522.9 359)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="9 November 2018. Watchdog. Many event 38" class="event cat-watchdog" data-event="n38" part="event" role="button" tabindex="-1" transform="translate(542.8 279)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="July 2019. Watchdog. Many event 3" class="event cat-watchdog" data-event="n3" part="event" role="button" tabindex="-1" transform="translate(620.6 279)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.7" x2="4.7" y1="0" y2="0">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="about 4 September 2019. Justice. Many event 9" class="event cat-justice" data-event="n9" part="event" role="button" tabindex="-1" transform="translate(636.3 199)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <circle class="approx" r="9">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="7 November 2019. Police failure. Many event 15" class="event cat-police-failure" data-event="n15" part="event" role="button" tabindex="-1" transform="translate(656.2 119)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="10 January 2020. Death. Many event 21" class="event cat-death" data-event="n21" part="event" role="button" tabindex="-1" transform="translate(676.2 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="May 2020. Inspection. Many event 33" class="event cat-inspection" data-event="n33" part="event" role="button" tabindex="-1" transform="translate(715.9 439)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.7" x2="4.7" y1="0" y2="0">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="20 July 2020. Inquest. Many event 39" class="event cat-inquest" data-event="n39" part="event" role="button" tabindex="-1" transform="translate(736.2 359)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="2020. Response. Many event 27" class="event cat-response" data-event="n27" part="event" role="button" tabindex="-1" transform="translate(730.4 503)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-57" x2="57" y1="0" y2="0">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="12 March 2021. Inquest. Many event 4" class="event cat-inquest" data-event="n4" part="event" role="button" tabindex="-1" transform="translate(809.6 359)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="15 May 2021. Watchdog. Many event 10" class="event cat-watchdog" data-event="n10" part="event" role="button" tabindex="-1" transform="translate(829.6 279)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="about 18 July 2021. Justice. Many event 16" class="event cat-justice" data-event="n16" part="event" role="button" tabindex="-1" transform="translate(849.6 199)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <circle class="approx" r="9">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="20 September 2021. Police failure. Many event 22" class="event cat-police-failure" data-event="n22" part="event" role="button" tabindex="-1" transform="translate(869.6 119)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="23 November 2021. Death. Many event 28" class="event cat-death" data-event="n28" part="event" role="button" tabindex="-1" transform="translate(889.6 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="26 January 2022. Response. Many event 34" class="event cat-response" data-event="n34" part="event" role="button" tabindex="-1" transform="translate(909.6 503)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="31 March 2022. Inspection. Many event 40" class="event cat-inspection" data-event="n40" part="event" role="button" tabindex="-1" transform="translate(929.6 439)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="21 November 2022 to 2023. Inspection. Many event 5" class="event cat-inspection" data-event="n5" part="event" role="button" tabindex="-1" transform="translate(1003 439)">
      <rect class="hit" height="24" rx="6" width="150.5" x="-12" y="-12">
      <rect class="bar" height="6" width="126.5" x="0" y="-3">
      <path class="fill" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
    <g aria-expanded="false" aria-label="24 January 2023. Inquest. Many event 11" class="event cat-inquest" data-event="n11" part="event" role="button" tabindex="-1" transform="translate(1023 359)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="open" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="29 March 2023 to 2024. Watchdog. Many event 17" class="event cat-watchdog" data-event="n17" part="event" role="button" tabindex="-1" transform="translate(1043 279)">
      <rect class="hit" height="24" rx="6" width="224.9" x="-12" y="-12">
      <rect class="bar" height="6" width="200.9" x="0" y="-3">
      <path class="open" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="about June 2023. Justice. Many event 23" class="event cat-justice" data-event="n23" part="event" role="button" tabindex="-1" transform="translate(1067.5 199)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <line class="whisker" x1="-4.5" x2="4.5" y1="0" y2="0">
      <circle class="approx" r="9">
      <path class="fill" d="M-4.7,-4.7h9.5v9.5h-9.5Z">
    <g aria-expanded="false" aria-label="4 August 2023 to 2024. Police failure. Many event 29" class="event cat-police-failure" data-event="n29" part="event" role="button" tabindex="-1" transform="translate(1083 119)">
      <rect class="hit" height="24" rx="6" width="184.9" x="-12" y="-12">
      <rect class="bar" height="6" width="160.9" x="0" y="-3">
      <path class="fill" d="M0,-8.3L7.2,4.2L-7.2,4.2Z">
    <g aria-expanded="false" aria-label="7 October 2023. Death. Many event 35" class="event cat-death" data-event="n35" part="event" role="button" tabindex="-1" transform="translate(1103 55)">
      <rect class="hit" height="24" rx="6" width="24" x="-12" y="-12">
      <path class="fill" d="M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0">
    <g aria-expanded="false" aria-label="10 December 2023 to 2024. Response. Many event 41" class="event cat-response" data-event="n41" part="event" role="button" tabindex="-1" transform="translate(1123 503)">
      <rect class="hit" height="24" rx="6" width="144.9" x="-12" y="-12">
      <rect class="bar" height="6" width="120.9" x="0" y="-3">
      <path class="open" d="M0,-8.8L5.1,0L0,8.8L-5.1,0Z">
`;
/* end snapshot case-timeline-fixture-1280 */

snapshots["case-timeline-fixture-320"] = 
`2014 | mk death | 1 June 2014 | Many event 0 | Death
 | mk response | 4 August 2014 | Many event 6 | Response
 | mk inspection | 7 October 2014 | Many event 12 | Inspection
 | mk inquest | 10 December 2014 | Many event 18 | Inquest
2015 | mk watchdog | 12 February 2015 | Many event 24 | Watchdog
 | mk justice | about 17 April 2015 | Many event 30 | Justice
 | mk police-failure | 20 June 2015 | Many event 36 | Police failure
 | mk death | 23 August 2015 | Many event 42 | Death
2016 | mk police-failure | 10 February 2016 | Many event 1 | Police failure
 | mk response | June 2016 | Many event 13 | Response
 | mk inspection | 20 August 2016 | Many event 19 | Inspection
 | mk inquest | 23 October 2016 | Many event 25 | Inquest
 | mk watchdog | 26 December 2016 | Many event 31 | Watchdog
 | mk death | 2016 | Many event 7 | Death
2017 | mk justice | about 28 February 2017 | Many event 37 | Justice
 | mk police-failure | May 2017 | Many event 43 | Police failure
 | mk justice | about 21 October 2017 | Many event 2 | Justice
 | mk police-failure | 24 December 2017 | Many event 8 | Police failure
2018 | mk death | 26 February 2018 | Many event 14 | Death
 | mk response | 1 May 2018 | Many event 20 | Response
 | mk inspection | 4 July 2018 | Many event 26 | Inspection
 | mk inquest | 6 September 2018 | Many event 32 | Inquest
 | mk watchdog | 9 November 2018 | Many event 38 | Watchdog
2019 | mk watchdog | July 2019 | Many event 3 | Watchdog
 | mk justice | about 4 September 2019 | Many event 9 | Justice
 | mk police-failure | 7 November 2019 | Many event 15 | Police failure
2020 | mk death | 10 January 2020 | Many event 21 | Death
 | mk inspection | May 2020 | Many event 33 | Inspection
 | mk inquest | 20 July 2020 | Many event 39 | Inquest
 | mk response | 2020 | Many event 27 | Response
2021 | mk inquest | 12 March 2021 | Many event 4 | Inquest
 | mk watchdog | 15 May 2021 | Many event 10 | Watchdog
 | mk justice | about 18 July 2021 | Many event 16 | Justice
 | mk police-failure | 20 September 2021 | Many event 22 | Police failure
 | mk death | 23 November 2021 | Many event 28 | Death
2022 | mk response | 26 January 2022 | Many event 34 | Response
 | mk inspection | 31 March 2022 | Many event 40 | Inspection
 | mk inspection | 21 November 2022 to 2023 | Many event 5 | Inspection
2023 | mk inquest | 24 January 2023 | Many event 11 | Inquest
 | mk watchdog | 29 March 2023 to 2024 | Many event 17 | Watchdog
 | mk justice | about June 2023 | Many event 23 | Justice
 | mk police-failure | 4 August 2023 to 2024 | Many event 29 | Police failure
 | mk death | 7 October 2023 | Many event 35 | Death
 | mk response | 10 December 2023 to 2024 | Many event 41 | Response
`;
/* end snapshot case-timeline-fixture-320 */

