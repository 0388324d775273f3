/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["recommendation-status-fixture"] = 
`<div class="rs">
  <section class="matrix-section">
    <div aria-level="3" class="sub" id="m-h" role="heading">
      What the sources record
    <div aria-labelledby="m-h" class="matrix cols-4" part="matrix" role="table">
      <div class="mrow mhead" role="row">
        <span class="corner" role="columnheader">
          Issuing body
        <span class="colhead" data-column="accepted" role="columnheader">
          Accepted
        <span class="colhead" data-column="claimed" role="columnheader">
          Claimed done
        <span class="colhead" data-column="verified" role="columnheader">
          Verified done
        <span class="colhead" data-column="unknown" role="columnheader">
          Not known
      <div class="mrow" data-set="inspection" part="row" role="row">
        <span class="rowhead" role="rowheader">
          <strong>
            Inspectorate
          <span class="row-detail">
            ·
            8 recommendations (two sources say “around 8”)
            <span class="when">
              ,
              made 27 April 2023
        <span class="cell count" data-column="accepted" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Accepted
          <span class="num">
            1
        <span class="cell count" data-column="claimed" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Claimed done
          <span class="num">
            1
        <span class="cell evidence" data-column="verified" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Verified done
          <span class="num">
            1
        <span class="cell count" data-column="unknown" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Not known
          <span class="num">
            5
      <div class="mrow" data-set="watchdog" part="row" role="row">
        <span class="rowhead" role="rowheader">
          <strong>
            Watchdog
          <span class="row-detail">
            ·
            4 recommendations
            <span class="when">
              ,
              made between 2019 and 17 June 2022
            ; accepted according to a watchdog spokesperson
        <span class="cell count" data-column="accepted" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Accepted
          <span class="num">
            4
        <span class="cell zero" data-column="claimed" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Claimed done
          <span class="num">
            0
        <span class="cell zero" data-column="verified" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Verified done
          <span class="num">
            0
        <span class="cell zero" data-column="unknown" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Not known
          <span class="num">
            0
      <div class="mrow" data-set="pfd" part="row" role="row">
        <span class="rowhead" role="rowheader">
          <strong>
            Coroner
          <span class="row-detail">
            ·
            3 matters of concern (one source lists 4)
            <span class="when">
              ,
              raised 25 January 2022
        <span class="cell zero" data-column="accepted" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Accepted
          <span class="num">
            0
        <span class="cell zero" data-column="claimed" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Claimed done
          <span class="num">
            0
        <span class="cell zero" data-column="verified" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Verified done
          <span class="num">
            0
        <span class="cell count" data-column="unknown" part="cell" role="cell">
          <span aria-hidden="true" class="label">
            Not known
          <span class="num">
            3
    <p class="key" part="key">
      <span>
        <b>
          Accepted
        :
        the organisation it was made to, or the body that made it, says so
        .
      <span>
        <b>
          Claimed done
        :
        the organisation it was made to says so, with no independent check recorded
        .
      <span>
        <b>
          Verified done
        :
        confirmed by a body independent of the one that had to act
        .
      <span>
        <b>
          Not known
        :
        no source consulted gives a status
        .
      Each is counted once, at the furthest point recorded. 0: none recorded in the sources consulted.
      A coroner raises matters of concern, not recommendations; the two are never added up.
    <details class="figure-notes" part="figure-notes">
      <summary>
        Notes on these figures
      <div class="fn-set">
        <p>
          <b>
            Inspectorate
          :
          An inspection of the force
          ,
          made 27 April 2023
          .
        <ul class="quotes">
          <li>
            <q>
              The inspectorate made 8 recommendations.
            (
            <a href="https://example.org/news" rel="noopener noreferrer">
              Example News, “A report”
            )
        <p>
          Most sources say 8; two say “around 8”.
        <p>
          <b>
            Accepted (1):
        <ul class="quotes">
          <li>
            <q>
              The force accepted the recommendation on intelligence.
            (
            <a href="https://example.org/news" rel="noopener noreferrer">
              Example News, “A report”
            )
        <p>
          <b>
            Claimed done (1):
        <ul class="quotes">
          <li>
            <q>
              The force says family liaison has been improved.
            (
            <a href="https://example.org/news" rel="noopener noreferrer">
              Example News, “A report”
            )
        <p>
          <b>
            Verified done (1):
          The inspectorate checked it.
        <ul class="quotes">
          <li>
            <q>
              We found the training recommendation done.
            (
            <a href="https://example.org/report" rel="noopener noreferrer">
              The Inspectorate, “An inspection of the force”
            )
        <p>
          2 items are counted by the sources but not listed one by one in the data; their status is not known.
        <p>
          The report sets them out, but no copy consulted could be read.
        <ul class="quotes">
          <li>
            <q>
              An inspection of the force. Published on: 27 April 2023
            (
            <a href="https://example.org/report" rel="noopener noreferrer">
              The Inspectorate, “An inspection of the force”
            )
      <div class="fn-set">
        <p>
          <b>
            Watchdog
          :
          Learning recommendations to the force
          ,
          made between 2019 and 17 June 2022
          .
        <ul class="quotes">
          <li>
            <q>
              We made 4 learning recommendations, all of which were accepted.
            — A watchdog spokesperson
            (
            <a href="https://example.org/release" rel="noopener noreferrer">
              “A watchdog release”
            )
        <p>
          <b>
            Accepted (4):
          The watchdog says all 4 were accepted.
        <p>
          The watchdog says it will publish them later.
        <ul class="quotes">
          <li>
            <q>
              We are not in a position to publish our recommendations.
            — A watchdog spokesperson
            (
            <a href="https://example.org/release" rel="noopener noreferrer">
              “A watchdog release”
            )
      <div class="fn-set">
        <p>
          <b>
            Coroner
          :
          Prevention of Future Deaths report
          ,
          raised 25 January 2022
          .
        <ul class="quotes">
          <li>
            <q>
              The coroner raised three concerns.
            (
            <a href="https://example.org/news" rel="noopener noreferrer">
              Example News, “A report”
            )
        <p>
          The report itself was not found.
        <ul class="quotes">
          <li>
            <q>
              Her concerns included categories, leadership and handwriting.
            (
            <a href="https://example.org/news" rel="noopener noreferrer">
              Example News, “A report”
            )
        <p>
          <b>
            Response due by 22 March 2022
          :
          whether it was met is not known
          .
          No source says whether it was met.
        <ul class="quotes">
          <li>
            <q>
              The force must respond within 56 days.
            (
            <a href="https://example.org/news" rel="noopener noreferrer">
              Example News, “A report”
            )
  <section class="list" part="list">
    <div aria-level="3" class="sub" role="heading">
      The texts
    <p class="list-meta">
      As the sources name them; the full texts (Inspectorate, Coroner) are not in the sources consulted.
    <section class="set" data-set="inspection" part="set">
      <div aria-level="4" class="set-head" role="heading">
        Inspectorate: 3 of 8 recommendations
      <ol class="items">
        <li class="rec" data-id="i2" part="recommendation" tabindex="-1">
          <p class="rec-text">
            <b>
              No. 1
            Improve family liaison.
          <p class="rec-status " data-status="claimed" part="status">
            Accepted (as of May 2023); claimed done by the organisation it was made to (as of January 2024)
            .
        <li class="rec" data-id="i1" part="recommendation" tabindex="-1">
          <p class="rec-text">
            <b>
              No. 2
            Improve training for officers.
          <p class="rec-status evidence" data-status="verified" part="status">
            Accepted (as of May 2023); verified done (as of March 2024)
            .
        <li class="rec" data-id="i3" part="recommendation" tabindex="-1">
          <p class="rec-text">
            Use intelligence when responding to deaths.
          <p class="rec-status " data-status="accepted" part="status">
            Accepted; whether done not known
            .
      <details part="evidence">
        <summary>
          Notes and sources for these 3
        <div class="ev-item" data-id="i2">
          <p class="ev-text">
            No. 1
            Improve family liaison.
          <p data-status="acceptance:accepted">
            <b>
              Response
            :
            Accepted
            (as of May 2023)
            .
          <ul class="quotes">
            <li>
              <q>
                The force accepted the family liaison recommendation.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
          <p data-status="implementation:claimed-complete">
            <b>
              Implementation
            :
            Claimed done
            (as of January 2024)
            .
          <ul class="quotes">
            <li>
              <q>
                The force says family liaison has been improved.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
          <p>
            <b>
              Theme
            :
            Family liaison
            ·
            <b>
              Who must act
            :
            A police force
          <p>
            <b>
              Source for the text
            :
          <ul class="quotes">
            <li>
              <q>
                A report on the inspection.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
        <div class="ev-item" data-id="i1">
          <p class="ev-text">
            No. 2
            Improve training for officers.
          <p data-status="acceptance:accepted">
            <b>
              Response
            :
            Accepted
            (as of May 2023)
            .
          <ul class="quotes">
            <li>
              <q>
                The force accepted the training recommendation.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
          <p data-status="implementation:verified-complete">
            <b>
              Implementation
            :
            Verified done
            (as of March 2024)
            .
            The inspectorate checked it.
          <ul class="quotes">
            <li>
              <q>
                We found the training recommendation done.
              (
              <a href="https://example.org/report" rel="noopener noreferrer">
                The Inspectorate, “An inspection of the force”
              )
          <p>
            <b>
              Theme
            :
            Training
            ·
            <b>
              Who must act
            :
            A police force
          <p>
            <b>
              Source for the text
            :
          <ul class="quotes">
            <li>
              <q>
                A report on the inspection.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
        <div class="ev-item" data-id="i3">
          <p class="ev-text">
            Use intelligence when responding to deaths.
          <p data-status="acceptance:accepted">
            <b>
              Response
            :
            Accepted
            .
          <ul class="quotes">
            <li>
              <q>
                The force accepted the recommendation on intelligence.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
          <p data-status="implementation:unknown">
            <b>
              Implementation
            :
            Not known
            : no source consulted gives a status.
          <p>
            <b>
              Who must act
            :
            A police force
          <p>
            <b>
              Source for the text
            :
          <ul class="quotes">
            <li>
              <q>
                A report on the inspection.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
    <section class="set" data-set="pfd" part="set">
      <div aria-level="4" class="set-head" role="heading">
        Coroner: 3 matters of concern
      <p class="shared" data-status="unknown" part="status">
        For all 3: no source consulted gives a status.
      <ol class="items">
        <li class="rec" data-id="c1" part="recommendation" tabindex="-1">
          <p class="rec-text">
            The categories of death.
        <li class="rec" data-id="c2" part="recommendation" tabindex="-1">
          <p class="rec-text">
            Leadership.
        <li class="rec" data-id="c3" part="recommendation" tabindex="-1">
          <p class="rec-text">
            The verification of handwriting.
      <details part="evidence">
        <summary>
          Notes and sources for these 3
        <div class="ev-item" data-id="c1">
          <p class="ev-text">
            The categories of death.
          <p data-status="acceptance:unknown">
            <b>
              Response
            :
            Not known
            (as of 17 June 2022)
            : no source consulted gives a status.
            The force had responded by 17 June 2022; no source says whether it accepted the concern.
          <ul class="quotes">
            <li>
              <span class="quiet">
                For the note:
              <q>
                The force has submitted formal responses.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
          <p data-status="implementation:unknown">
            <b>
              Implementation
            :
            Not known
            : no source consulted gives a status.
          <p>
            <b>
              Theme
            :
            Categories
          <p>
            <b>
              Source for the text
            :
          <ul class="quotes">
            <li>
              <q>
                A report on the inspection.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
        <div class="ev-item" data-id="c2">
          <p class="ev-text">
            Leadership.
          <p data-status="acceptance:unknown">
            <b>
              Response
            :
            Not known
            : no source consulted gives a status.
          <p data-status="implementation:unknown">
            <b>
              Implementation
            :
            Not known
            : no source consulted gives a status.
          <p>
            <b>
              Theme
            :
            Leadership
          <p>
            <b>
              Source for the text
            :
          <ul class="quotes">
            <li>
              <q>
                A report on the inspection.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
        <div class="ev-item" data-id="c3">
          <p class="ev-text">
            The verification of handwriting.
          <p data-status="acceptance:unknown">
            <b>
              Response
            :
            Not known
            : no source consulted gives a status.
          <p data-status="implementation:unknown">
            <b>
              Implementation
            :
            Not known
            : no source consulted gives a status.
          <p>
            <b>
              Source for the text
            :
          <ul class="quotes">
            <li>
              <q>
                A report on the inspection.
              (
              <a href="https://example.org/news" rel="noopener noreferrer">
                Example News, “A report”
              )
    <ul class="not-listed" part="not-listed">
      <li>
        Inspectorate: the other 5 recommendations, texts not in the sources consulted.
      <li>
        Watchdog: 4 recommendations, texts not published by the issuing body.
`;
/* end snapshot recommendation-status-fixture */

