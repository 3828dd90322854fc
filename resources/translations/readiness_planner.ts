<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/agenda_dialog.py" line="32"/>
        <source>Workshop agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/agenda_dialog.py" line="37"/>
        <source>Minutes planned for each challenge. The clock in the status bar counts the time spent on the challenge shown and turns amber, then red, when the room runs behind or over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/agenda_dialog.py" line="49"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/agenda_dialog.py" line="50"/>
        <source>Minutes for {challenge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/agenda_dialog.py" line="59"/>
        <source>Total time planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/agenda_dialog.py" line="62"/>
        <source>&amp;Suggested times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/agenda_dialog.py" line="63"/>
        <source>Two minutes a question, in whole five minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/agenda_dialog.py" line="81"/>
        <source>Total: {h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerChangesModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/answer_changes.py" line="29"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/answer_changes.py" line="30"/>
        <source>Old answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/answer_changes.py" line="31"/>
        <source>New answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/answer_changes.py" line="32"/>
        <source>Risk 0-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/answer_changes.py" line="36"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="70"/>
        <source>Something went wrong, but your work is safe.</source>
        <extracomment>the log rotates at this size, keeping LOG_BACKUPS older files: bounded, whatever happens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="73"/>
        <source>Every answer was already saved in the assessment file. The problem was recorded in {log}; please send that file to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskPasswordDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="90"/>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="92"/>
        <source>That password does not open {name}. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="94"/>
        <source>{name} is encrypted. Type its password to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="100"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceScreen</name>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="46"/>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="47"/>
        <source>Audience screen</source>
        <extracomment>phase 0 of the plan: before any deployment reasons listed on the decision view (more are counted): four fit 1280x720 in large type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="79"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="94"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="106"/>
        <source>Risk radar of the six challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="115"/>
        <source>Before any deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="166"/>
        <source>No question is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="188"/>
        <source>Answer: don&apos;t know – on the follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="190"/>
        <source>Answer: not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="192"/>
        <source>Answer: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="197"/>
        <source>The score is hidden while we discuss. It is shown at the end of the challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="206"/>
        <source>Score hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="217"/>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="229"/>
        <source>Risk today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="192"/>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="196"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="193"/>
        <source>The questions, scoring and mitigation library this assessment uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="214"/>
        <source>No question bank was found. Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="217"/>
        <source>{n} questions, released {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeDeltaModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/challenge_deltas.py" line="47"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/challenge_deltas.py" line="48"/>
        <location filename="../../desktop_app/gui/models/challenge_deltas.py" line="50"/>
        <source>{side} risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/challenge_deltas.py" line="49"/>
        <location filename="../../desktop_app/gui/models/challenge_deltas.py" line="51"/>
        <source>{side} level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/challenge_deltas.py" line="52"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/challenge_deltas.py" line="57"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/challenge_deltas.py" line="58"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="56"/>
        <source>Export chart as PNG…</source>
        <extracomment>the one colour scale of the app: a level&apos;s colour, in every chart, table and badge. Four colours of the Okabe-Ito palette (M. Okabe and K. Ito, &quot;Color Universal Design&quot;, 2008, jfly.uni-koeln.de/color/), chosen to stay distinct with protanopia, deuteranopia and tritanopia; ordered from bluish green to vermillion so they also read as an order, and always shown with the level&apos;s name beside them. better / worse in deltas: the ends of the same scale series colours: today / first, then comparison / projection used in the export dialog&apos;s file name text size factor (presentation mode on a projector: larger)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="57"/>
        <source>Export chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="151"/>
        <source>Could not write the image {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="155"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="155"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="157"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="167"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="168"/>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollabActions</name>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="64"/>
        <source>&amp;Merge another copy…</source>
        <extracomment>how often the GUI thread looks whether the answers file has been read (ms) the blank questionnaire was written (its path), or could not be (the path and a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="66"/>
        <source>Bring in what was changed in another copy of this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="69"/>
        <source>Export blank q&amp;uestionnaire for the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="71"/>
        <source>A questionnaire (XLSX or CSV) to fill in before the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="74"/>
        <source>&amp;Import a filled questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="76"/>
        <source>Store a filled questionnaire as one participant&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="79"/>
        <source>Import &amp;answers from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="81"/>
        <source>Take the answers of an export (JSON, CSV, XLSX) or a filled questionnaire into this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="116"/>
        <source>Merge which copy of this assessment?</source>
        <extracomment>asked for the password of an encrypted copy being merged in (the window&apos;s dialog; crypt, issue 10) the blank questionnaire being written off the GUI thread, if any the thread that read the last answers file (the tests check it was not the GUI thread)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="116"/>
        <source>Assessments (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="126"/>
        <source>Merged {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="129"/>
        <source>Nothing to merge from {name}; the undo history is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="139"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="139"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="142"/>
        <source>Export a blank questionnaire for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="157"/>
        <source>That would replace the assessment itself; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="160"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="162"/>
        <source>{client} / {project}: self-assessment before the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="172"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="182"/>
        <source>Blank questionnaire written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="190"/>
        <source>Import a filled questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="190"/>
        <source>Questionnaires (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="204"/>
        <location filename="../../desktop_app/gui/collab_actions.py" line="334"/>
        <source>{name} could not be read because of an unexpected problem; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="235"/>
        <source>Self-assessment of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="242"/>
        <source>Stored {n} answer(s) of {name}; {r} row(s) refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="253"/>
        <source>Import answers from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="254"/>
        <source>Answers files (*.json *.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="277"/>
        <source>Import answers from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="284"/>
        <source>Imported {n} change(s) from {name}; Edit &gt; Undo takes the import back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="314"/>
        <source>{name} holds nothing this assessment does not already have; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="380"/>
        <source>{name} was not imported; nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/collab_actions.py" line="384"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="58"/>
        <source>Open assessment to compare…</source>
        <extracomment>bank-only questions listed by name before the rest are counted a comparison was (re)computed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="60"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="78"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="78"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="79"/>
        <source>Change by challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="83"/>
        <source>Changed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="96"/>
        <source>Compare this assessment with another one: an earlier workshop for the same client, or another project.
Choose “Open assessment to compare…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="107"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="123"/>
        <source>Both assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="132"/>
        <source>Double-click an answer to go to the question in the open assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="144"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="144"/>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="274"/>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="146"/>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="275"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="164"/>
        <source>Open assessment to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="164"/>
        <source>Assessments (*.readiness);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="174"/>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="194"/>
        <source>This assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="211"/>
        <source>Old:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="211"/>
        <source>New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="220"/>
        <source>New: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="221"/>
        <source>Old: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="231"/>
        <source>Changed answers ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="231"/>
        <source>No answers changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="245"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="246"/>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="247"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="257"/>
        <source>Why, new:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="258"/>
        <source>Why, old:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="265"/>
        <source>challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="265"/>
        <source>challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="267"/>
        <source>Overall risk on the {n} {what} both assessed: {old:.1f} → {new:.1f} ({delta:+.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="273"/>
        <source>No challenge was assessed in both, so no overall change is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="279"/>
        <source>The question banks differ ({old_bank} → {new_bank}): each side is scored on its own bank, and answers are compared on the {n} questions both share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="294"/>
        <source>Not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="295"/>
        <source>(assessed in the {side} assessment only): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="301"/>
        <source>Only in the old bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="302"/>
        <source>Only in the new bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="306"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="234"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="235"/>
        <source>These answers set how much each risk matters. You can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="291"/>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="295"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="299"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencyPicker</name>
    <message>
        <location filename="../../desktop_app/gui/views/currency_picker.py" line="31"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/currency_picker.py" line="50"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/currency_picker.py" line="51"/>
        <source>The ISO 4217 code of every amount in this assessment, for example EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/currency_picker.py" line="85"/>
        <source>“%1” is not an ISO 4217 currency code: pick one from the list or type one such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionReasons</name>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="22"/>
        <source>Blocker: {question} – answered “{answer}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="28"/>
        <source>Open stop question: {question} – “Don&apos;t know”; one of its answers would stop the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="35"/>
        <source>Critical risk in {challenge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="39"/>
        <source>High risk in {challenge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="43"/>
        <source>Medium risk in {challenge}: deploy only with the plan&apos;s conditions and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="49"/>
        <source>Overall risk {risk:.0f} is {threshold:.0f} or more: pilot only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="56"/>
        <source>before any deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="57"/>
        <source>before the pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="58"/>
        <source>before production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="59"/>
        <source>in operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="66"/>
        <source>Required at impact tier {tier}, {phase}, and not in place: {control}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="72"/>
        <source>Required at impact tier {tier}, {phase}, and not known yet: {control}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="79"/>
        <source>{challenge} is held at high by one weak answer to an important question: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="82"/>
        <source>{challenge} is held at high by one weak answer to an important question: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="88"/>
        <source>Conditions: {count} open action(s), each with an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="91"/>
        <source>{n} more still need an owner and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="96"/>
        <source>Deployment needs conditions, but no open action has an owner and a due date yet ({n} to assign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="117"/>
        <source>Every assessed challenge is at low risk, no stop answer was given and the required controls are in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="122"/>
        <source>Approval: {approver}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="103"/>
        <source>Not yet assessed: {challenge}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="21"/>
        <source>Blocker: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="107"/>
        <source>{count} “don&apos;t know” answer(s) need follow-up, first: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="113"/>
        <source>Nothing has been assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="148"/>
        <source>{reason}, from the same answer as above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="152"/>
        <source>Required at impact tier {tier}, {phase}, and not in place: the same answer as above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="156"/>
        <source>{challenge} is held at high by the same answer as above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="185"/>
        <source>, mostly because: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="190"/>
        <source>, mostly from: {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="35"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="36"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="49"/>
        <source>Assessment details</source>
        <extracomment>the date edit&apos;s lowest value stands for &quot;no date&quot; (QDateEdit cannot be empty)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="55"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="65"/>
        <source>&amp;Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="67"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="68"/>
        <source>Remove the selected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="83"/>
        <source>Partic&amp;ipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="107"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="109"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="111"/>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="115"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="119"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="123"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="124"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="125"/>
        <source>Workshop &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="126"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="127"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="195"/>
        <source>The client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="197"/>
        <source>The project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="207"/>
        <source>Participant {n} has a role or organisation but no name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="74"/>
        <source>The workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="76"/>
        <source>Who the assessment is for, and where the file goes. Every change is saved in it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="81"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="82"/>
        <source>e.g. St Mary&apos;s Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="84"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="85"/>
        <source>e.g. Synthetic imaging for training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="87"/>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="91"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="95"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="96"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="97"/>
        <source>Choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="105"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="106"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="107"/>
        <source>Workshop &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="108"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="109"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="110"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="133"/>
        <source>Save the new assessment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="135"/>
        <source>Assessments (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="154"/>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="157"/>
        <source>Type a file name after the folder, for example …/acme-pilot.readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="159"/>
        <source>{name} already exists in that folder; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="161"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementLine</name>
    <message>
        <location filename="../../desktop_app/gui/views/disagreement_line.py" line="20"/>
        <source>Where the room disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/disagreement_line.py" line="41"/>
        <source>≠ The room disagrees strongly on this question ({n} risk points apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/disagreement_line.py" line="46"/>
        <source>≠ The room disagrees strongly on this question (no majority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/disagreement_line.py" line="49"/>
        <source>Strong disagreement on 1 question in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/disagreement_line.py" line="51"/>
        <source>Strong disagreement on {n} questions in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/disagreement_line.py" line="54"/>
        <source>The navigator marks these questions with ≠; their confidence is lowered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../desktop_app/gui/documents.py" line="32"/>
        <source>This file was received or has not been edited on this computer, so it opened read-only and nothing changes by accident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/documents.py" line="85"/>
        <source>{file} cannot be opened ({why}).</source>
        <extracomment>a sentence for the user when something cannot be done (the window shows a dialog) the recent-files list changed asked for the password of an encrypted file while it is opened (the window&apos;s dialog) offered a damaged file that has a good backup (path, sentence); True when it put the backup back and opened it (the window&apos;s question, see ``views/restore_dialog.offer_restore``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/documents.py" line="165"/>
        <source>The sample {name} is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/documents.py" line="178"/>
        <source>The sample could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriversTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/drivers.py" line="24"/>
        <source>Question</source>
        <extracomment>the driver&apos;s question id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/drivers.py" line="25"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/drivers.py" line="26"/>
        <source>Risk 0-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/drivers.py" line="27"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/drivers.py" line="34"/>
        <source>Blocker · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/drivers.py" line="46"/>
        <source>This answer is a blocker: deployment must not proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/drivers.py" line="50"/>
        <source>Answer: {answer} (risk {risk:g} of 4, weight {weight}, {share:.0f}% of the challenge&apos;s risk points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/drivers.py" line="54"/>
        <source>Click to go to the question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRateEditor</name>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="40"/>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="41"/>
        <source>none: amounts stay in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="44"/>
        <source>How many units of this assessment&apos;s currency one %1 is worth. The question library prices its cost bands in %1; the report converts them at this rate. Leave it empty to keep %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="48"/>
        <source>1 %1 =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="56"/>
        <source>Date of the exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="61"/>
        <source>set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="63"/>
        <source>Source of the exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="65"/>
        <source>who set it, or the published rate it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="74"/>
        <source>E&amp;xchange rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="75"/>
        <source>Rate da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="76"/>
        <source>Rate s&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="109"/>
        <source>The exchange rate must be a number more than 0 and at most %1, written with a decimal point (for example 1.08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/exchange_rate_editor.py" line="113"/>
        <source>Say where the exchange rate comes from: who set it, or the published rate it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="60"/>
        <source>Answers, scores and plan (&amp;XLSX)…</source>
        <extracomment>what reading the history for an export may raise (a damaged page, a read stopped by its time budget)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="61"/>
        <source>Export answers, scores and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="64"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="65"/>
        <source>One workbook with the answers, the scores, the plan and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="69"/>
        <source>&amp;Answers (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="70"/>
        <source>Export the answers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="73"/>
        <location filename="../../desktop_app/gui/export_actions.py" line="82"/>
        <location filename="../../desktop_app/gui/export_actions.py" line="91"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="74"/>
        <source>The answers as CSV; the file can be imported into another assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="78"/>
        <source>&amp;Scores (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="79"/>
        <source>Export the scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="83"/>
        <source>Overall, challenge and sub-challenge scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="87"/>
        <source>&amp;Plan (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="88"/>
        <source>Export the plan as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="92"/>
        <source>The deployment plan&apos;s actions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="96"/>
        <source>Assessment (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="97"/>
        <source>Export the assessment as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="100"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="102"/>
        <source>Details, participants, answers and plan decisions; imports back unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="249"/>
        <source>{name} is encrypted, but the exported file will not be: anyone who can read it can read the assessment. Export anyway?</source>
        <extracomment>(error kind, message) when the write failed: &quot;os&quot;, &quot;input&quot; or &quot;bug&quot;; (&quot;&quot;, &quot;&quot;) on success the progress dialog shows only when an export takes longer than this (ms) a file was written (path), for the status bar the export being written, if any (a second one waits for it: the menu is modal meanwhile) how many of the oldest history entries the last JSON or XLSX export left out to fit the import limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="281"/>
        <source>Open an assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="380"/>
        <source>{name} could not be written: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="394"/>
        <source>{name} could not be written: the assessment&apos;s history could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="326"/>
        <source>{name} could not be written to {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="304"/>
        <source>{name} holds the newest changes of the history but not the {n} oldest: with them the file would pass the limits of an answers file ({limit} MB, and {unpacked} MB unpacked for a workbook). The assessment itself keeps them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="332"/>
        <source>{name} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="337"/>
        <source>{name} could not be written because of an unexpected problem; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="351"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="351"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="105"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="108"/>
        <source>This assessment is encrypted, but the PDF is not unless you protect it with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="113"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="114"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="116"/>
        <source>Protect the PDF with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="121"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="123"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="124"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="126"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="150"/>
        <source>Type a password, or clear “Protect the PDF with a password”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="153"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailuresModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="121"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="122"/>
        <source>Why it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/follow_up.py" line="19"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/follow_up.py" line="20"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/follow_up.py" line="21"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/follow_up.py" line="22"/>
        <source>Answer so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/follow_up.py" line="23"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="37"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="43"/>
        <source>Follow-up: {client} – {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="49"/>
        <source>Thank you for the workshop on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="53"/>
        <source>Thank you for the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="55"/>
        <source>Subject: {project}: open questions from the GenAI readiness workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="59"/>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="63"/>
        <source>To complete the assessment we need answers to the following questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="71"/>
        <source>{n}. {question}  [{reason}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="73"/>
        <source>{n}. {question}  [{reason}; answer so far: {answer}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="76"/>
        <source>   Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="88"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="119"/>
        <source>No open questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="121"/>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="129"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="136"/>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="137"/>
        <source>Copy the follow-up list as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="139"/>
        <source>Copy as e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="140"/>
        <source>Copy the follow-up list as an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="142"/>
        <source>Go t&amp;o question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="143"/>
        <source>Go to the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="145"/>
        <source>Unpark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="146"/>
        <source>Unpark the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="147"/>
        <source>Take the selected parked question off the follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="159"/>
        <source>Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="197"/>
        <source>{n} question(s) to follow up with the client: {parked} parked in the room, {unknown} &quot;don&apos;t know&quot;, {low} answered with low confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="202"/>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; or low-confidence answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="221"/>
        <source>Copied as e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="221"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/heatmap.py" line="128"/>
        <source>not assessed</source>
        <extracomment>rows with numbers written in the cells up to this many rows row labels on the axis up to this many rows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/heatmap.py" line="130"/>
        <source>risk {risk:.1f}, level {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="34"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="35"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="36"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="37"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="38"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="83"/>
        <source>note said by {name}</source>
        <extracomment>what reading the history may raise (a damaged page, a read stopped by its time budget)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="88"/>
        <source>parked: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="90"/>
        <source>parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="102"/>
        <source>a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="116"/>
        <source>This question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="117"/>
        <source>The whole assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="129"/>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="136"/>
        <source>Restore this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="165"/>
        <source>The history could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="178"/>
        <source>{n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="198"/>
        <source>Restore answer of {at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAnswers</name>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="40"/>
        <source>(nothing yet)</source>
        <extracomment>the longest note shown in a cell (the whole note is in the cell&apos;s tip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="44"/>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="47"/>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="49"/>
        <source>parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="55"/>
        <source>(not decided yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="58"/>
        <source>owner {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="60"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="71"/>
        <source>Import answers from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="79"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="80"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="81"/>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="84"/>
        <source>What the import changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="95"/>
        <source>Nothing is written until you choose Import; Edit &gt; Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="102"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="112"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {a} answer(s) and {d} plan decision(s) change; {u} are already as in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="142"/>
        <source>Empty details filled in: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="149"/>
        <source>Participants added: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/import_answers_view.py" line="153"/>
        <source>{n} answer(s) of individual participants are stored beside the agreed ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="17"/>
        <location filename="../../desktop_app/gui/models/labels.py" line="76"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="18"/>
        <location filename="../../desktop_app/gui/models/labels.py" line="77"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="19"/>
        <location filename="../../desktop_app/gui/models/labels.py" line="78"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="20"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="22"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="28"/>
        <source>Ready to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="29"/>
        <source>Ready with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="30"/>
        <source>Pilot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="31"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="33"/>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="44"/>
        <source>Before any deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="45"/>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="46"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="47"/>
        <source>Scale and monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="55"/>
        <source>0 · Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="56"/>
        <source>1 · Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="57"/>
        <source>2 · Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="58"/>
        <source>3 · Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="66"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="67"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="68"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="69"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="86"/>
        <location filename="../../desktop_app/gui/models/labels.py" line="100"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="87"/>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="88"/>
        <source>Parked in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="96"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="98"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="114"/>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="115"/>
        <source>Financial services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="116"/>
        <source>Creative industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="117"/>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="118"/>
        <source>Public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="119"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="120"/>
        <source>HR and employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="121"/>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="122"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="123"/>
        <source>Critical infrastructure and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="424"/>
        <source>Data</source>
        <extracomment>compact axis names per challenge id, for small charts (the full title stays in the tooltip) (marked for the catalogue in context &quot;Labels&quot;; show them through short_challenge_label)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="425"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="426"/>
        <source>Interpretability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="427"/>
        <source>Ethics &amp; legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="428"/>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="429"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelBarChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/bars.py" line="37"/>
        <source>Risk</source>
        <extracomment>the challenge id of a clicked bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/bars.py" line="44"/>
        <source>{value} (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/bars.py" line="80"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/bars.py" line="112"/>
        <source>{bar}: not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/bars.py" line="114"/>
        <source>{bar}
{value_name} {value} / 100 · level {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRiskPanel</name>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="62"/>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="67"/>
        <source>Live risk</source>
        <extracomment>at most this many reasons in the panel (fewer when they do not fit; the risk profile lists all) the reasons&apos; type in presentation mode (the rest of the panel grows by PRESENTATION_SCALE) the levels a badge can show (None: not assessed), and the room around its word (padding, border) the radar keeps at least this height (times the font factor) when the reasons need room</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="71"/>
        <source>Overall decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="76"/>
        <source>and {n} more on the Risk profile (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="80"/>
        <source>Risk radar of the six challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="87"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="110"/>
        <source>Go to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="111"/>
        <source>Show this challenge&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="128"/>
        <source>Score hidden while the room discusses; it is shown at the end of the challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="132"/>
        <source>Reveal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="133"/>
        <source>Reveal the score now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="224"/>
        <source>So far, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="224"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="229"/>
        <source>If the assessment ended now: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="68"/>
        <location filename="../../desktop_app/gui/views/start_view.py" line="56"/>
        <source>1 … 9</source>
        <extracomment>shown while the file named at start opens (``begin_opening``): the start page is not built for it Help &gt; Keyboard shortcuts: (keys, what they do); both go through tr() in shortcuts_help()
----------
the keys a facilitator needs in the room, as Help &gt; Keyboard shortcuts lists them (keys, what they do)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="69"/>
        <source>choose an option (on a maturity scale: the level 0 … 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="71"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="71"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="73"/>
        <source>D or ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="74"/>
        <source>don&apos;t know (goes to the follow-up list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="76"/>
        <source>L / M / H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="76"/>
        <source>confidence low / medium / high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="78"/>
        <source>Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="79"/>
        <source>write a note (Enter saves it, Shift+Enter starts a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="81"/>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="81"/>
        <source>show or hide guidance and references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="83"/>
        <location filename="../../desktop_app/gui/views/start_view.py" line="57"/>
        <source>P or Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="84"/>
        <source>park the question for follow-up (a one-line note; Enter parks it) and move on; on a parked question: unpark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="91"/>
        <source>Alt+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="92"/>
        <source>who said the note (pick a participant or type a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="95"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="96"/>
        <source>quick-add an action (title, owner, due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="99"/>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="100"/>
        <source>start or pause the workshop clock (Workshop &gt; Set the agenda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="102"/>
        <source>Enter, Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="102"/>
        <source>next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="103"/>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="103"/>
        <source>previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="104"/>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="104"/>
        <source>next unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="105"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="105"/>
        <source>search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="106"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="106"/>
        <source>assessment details and participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="108"/>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="109"/>
        <source>undo / redo any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="112"/>
        <source>Ctrl+1 … Ctrl+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="113"/>
        <source>questionnaire, risk profile, plan, follow-up, what-if, compare, poll the room, history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="118"/>
        <location filename="../../desktop_app/gui/views/start_view.py" line="61"/>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="119"/>
        <source>presentation mode (large type for a projector); Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="123"/>
        <location filename="../../desktop_app/gui/views/start_view.py" line="58"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="124"/>
        <source>audience screen: a second window for the projector, following you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="127"/>
        <location filename="../../desktop_app/gui/views/start_view.py" line="59"/>
        <source>F5 … F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="128"/>
        <source>the audience sees the question, the decision and why, the radar, the first actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="133"/>
        <location filename="../../desktop_app/gui/views/start_view.py" line="60"/>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="134"/>
        <source>hide the live score while the room discusses (shown at a challenge&apos;s end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="137"/>
        <source>Ctrl+= or Ctrl++ / Ctrl+- / Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="138"/>
        <source>zoom the whole window in / out / back to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="187"/>
        <source>&amp;Questionnaire</source>
        <extracomment>set while the window closes its document (closeEvent) the window for the room (View &gt; Audience screen), made when first asked for whether the room may see the score now (View &gt; Hide live score)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="230"/>
        <source>&amp;Risk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="231"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="232"/>
        <source>Follow-&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="233"/>
        <source>&amp;What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="234"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="238"/>
        <source>Poll the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="239"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="343"/>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="435"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="436"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="437"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="440"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="442"/>
        <source>Open &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="449"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="452"/>
        <source>Write a copy of this assessment to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="456"/>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="459"/>
        <source>Put a backup copy of an assessment back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="481"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="484"/>
        <source>Write the deployment plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="486"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="488"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="494"/>
        <source>Por&amp;tfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="494"/>
        <source>Compare many assessments in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="498"/>
        <source>C&amp;lose assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="500"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="504"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="505"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="507"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="515"/>
        <source>Assessment &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="518"/>
        <source>Client, project, workshop date, facilitator and participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="521"/>
        <source>&amp;Find question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="531"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="533"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="536"/>
        <source>Large type for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="541"/>
        <source>Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="558"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="560"/>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="562"/>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="564"/>
        <source>Next &amp;unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="566"/>
        <source>&amp;Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="570"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="572"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="574"/>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="595"/>
        <source>&amp;Audience screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="598"/>
        <source>A second window for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="604"/>
        <source>Audience sees the &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="605"/>
        <source>Audience sees the &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="606"/>
        <source>Audience sees the &amp;radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="607"/>
        <source>Audience sees the first a&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="613"/>
        <source>&amp;Hide live score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="616"/>
        <source>Hide the score during discussion; it shows again at the end of each challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="622"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="624"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="625"/>
        <source>Actual si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="638"/>
        <source>Zoom {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="675"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="699"/>
        <source>PDF written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="702"/>
        <source>Exported: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="731"/>
        <source>{answered} of {total} answered ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="742"/>
        <source>Read-only: changes are not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="744"/>
        <source>Not saved: the last change could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="746"/>
        <source>Typing… saved when you pause or press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="749"/>
        <source>All changes saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="751"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="762"/>
        <source>{client} – {project} – {file} [read-only] – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="764"/>
        <source>{client} – {project} – {file} – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="782"/>
        <source>{client} – {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="786"/>
        <source>{assessment}  ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="824"/>
        <source>Open an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="832"/>
        <source>{file} is no longer there; it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="842"/>
        <source>{name} copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="844"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="846"/>
        <source>Copy saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="850"/>
        <source>Assessments ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="851"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="858"/>
        <source>Restore which assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="869"/>
        <source>Restored {file} from the backup of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="896"/>
        <source>Portfolio – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="980"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="992"/>
        <source>Decide whether, and how, an organisation can deploy generative AI responsibly. Works fully offline; every change is saved in the file at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="995"/>
        <source>Problems are recorded in the log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="998"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="61"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="62"/>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="486"/>
        <source>This copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="63"/>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="487"/>
        <source>The other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="64"/>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="74"/>
        <source>Details</source>
        <extracomment>how many of an item&apos;s newest history entries are searched for who made its revision</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="75"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="76"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="77"/>
        <source>Participants&apos; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="78"/>
        <source>Plan decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="85"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="86"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="87"/>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="88"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="89"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="111"/>
        <source>{question} – answer of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="112"/>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="116"/>
        <source>a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="130"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="135"/>
        <source>confidence: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="137"/>
        <source>why: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="139"/>
        <source>note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="146"/>
        <source>status: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="148"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="149"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="150"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="155"/>
        <source>phase: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="164"/>
        <source>position {n} in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="172"/>
        <source>(not in this copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="176"/>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="178"/>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="186"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="193"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="194"/>
        <source>changed by {who} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="220"/>
        <source>Merge {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="247"/>
        <source>Merge another copy</source>
        <extracomment>(copy, item key, revision) -&gt; who made that revision, read from the copy&apos;s history when needed the merge was applied but took no item of the other copy (so no undo step was pushed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="262"/>
        <source>Merging &lt;b&gt;{other}&lt;/b&gt; into &lt;b&gt;{this}&lt;/b&gt;: {n} difference(s), {c} changed in both copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="273"/>
        <source>M: keep this copy&apos;s version · T: take the other copy&apos;s · both versions stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="283"/>
        <source>Differences between the two copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="309"/>
        <source>This copy&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="310"/>
        <source>The other copy&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="320"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="321"/>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="322"/>
        <source>Take mine for &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="323"/>
        <source>Take theirs for a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="333"/>
        <source>What the merge will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="335"/>
        <source>M&amp;erge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="338"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="350"/>
        <source>Summary of the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="355"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="445"/>
        <source>same in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="447"/>
        <source>⚠ choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="450"/>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="452"/>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="455"/>
        <source>(conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="467"/>
        <source>{n} conflict(s) still to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="470"/>
        <source>The two copies hold the same assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="473"/>
        <source>{n} item(s) will be taken from the other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="546"/>
        <source>changed in the other copy only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="547"/>
        <source>changed in this copy only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="548"/>
        <source>changed the same way in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="549"/>
        <source>changed in both copies: a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="559"/>
        <source>&lt;b&gt;{other} was merged.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="560"/>
        <source>{n} item(s) were taken from the other copy; {m} difference(s) kept this copy&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="566"/>
        <source>{c} conflict(s) decided: {t} for the other copy, {k} for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="571"/>
        <source>{h} history entries of the other copy were added; both versions of every item are in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="576"/>
        <source>Edit &gt; Undo (Ctrl+Z) takes the whole merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="583"/>
        <source>&lt;b&gt;Nothing to merge from {other}.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="584"/>
        <source>No item was taken from the other copy; {m} difference(s) kept this copy&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="590"/>
        <source>{h} history entries of the other copy were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="594"/>
        <source>The undo history is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="602"/>
        <source>Open the assessment to merge into first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="604"/>
        <source>{name} is read-only; enable editing before merging another copy into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="612"/>
        <source>{name} is the open assessment itself; choose the other copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="633"/>
        <source>It is the copy being merged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="639"/>
        <source>{name} cannot be merged: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/merge_view.py" line="645"/>
        <source>{name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="34"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="35"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="36"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="54"/>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="55"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="56"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="84"/>
        <source>Strong disagreement in the room: answers {n} risk points apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="89"/>
        <source>Strong disagreement in the room: no answer has a majority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="100"/>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="103"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="110"/>
        <source>Parked: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="112"/>
        <source>Parked for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/navigator.py" line="181"/>
        <source>Context</source>
        <extracomment>each question&apos;s searchable bank text; the note said in the room is added to it what each question row was last drawn from (its answer, record, follow-up flag, note), and the bank it was drawn with: a row whose inputs are unchanged is skipped (its mark&apos;s tooltip, the answer&apos;s label, was most of an answer&apos;s navigator update: docs/performance.md, eighth session)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../desktop_app/gui/views/navigator_view.py" line="86"/>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/navigator_view.py" line="94"/>
        <source>Search questions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/navigator_view.py" line="95"/>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/navigator_view.py" line="102"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/navigator_view.py" line="104"/>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/navigator_view.py" line="113"/>
        <source>Sections and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/navigator_view.py" line="126"/>
        <source>No question matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentWizard</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="342"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="352"/>
        <source>Create assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="41"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="41"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="45"/>
        <source>{name} will be encrypted with this password, and so will its backups. Nobody can open it without the password: if it is lost, the assessment is lost too (nothing can recover it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="53"/>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="54"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="71"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="77"/>
        <source>Use at least {n} characters, with no space at the start or the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSearchPanel</name>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="55"/>
        <source>Search the notes of every assessment, e.g. prompt injection</source>
        <extracomment>a search ran (its number of matches); for tests and the status line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="56"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="59"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="66"/>
        <source>Matching notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="86"/>
        <source>Load a folder to search its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="86"/>
        <source>Type words and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="104"/>
        <source>%n note(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="106"/>
        <source>No note contains every one of these words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="172"/>
        <source>Answer: {label}</source>
        <extracomment>typed text is waiting to be saved (True) or was handed on to be saved (False) the last save of this text failed: keep it on screen instead of the stored text the bank option this button chooses (&quot;&quot; for the special buttons)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="174"/>
        <source>Key {key}. {description}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/park_dialog.py" line="26"/>
        <source>Park for follow-up</source>
        <extracomment>a park note is one line: long enough for a sentence, short enough for the follow-up table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/park_dialog.py" line="33"/>
        <source>&amp;Why is it parked? (one line; Enter parks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/park_dialog.py" line="37"/>
        <source>Why the question is parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/park_dialog.py" line="38"/>
        <source>e.g. the data team must confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/park_dialog.py" line="43"/>
        <source>Park &amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/park_dialog.py" line="43"/>
        <source>Update the &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/park_dialog.py" line="48"/>
        <source>&amp;Unpark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="174"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="175"/>
        <source>One person a line: name, role, organisation. You can leave this for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="178"/>
        <source>Participants, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="180"/>
        <source>Dr Ana Silva, Head of Radiology, St Mary&apos;s
Tom Berg, Data Protection Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordActions</name>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="117"/>
        <source>Set pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="119"/>
        <source>Encrypt this assessment and its backups with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="122"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="122"/>
        <source>Encrypt this assessment with another password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="125"/>
        <source>Remo&amp;ve password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="125"/>
        <source>Store this assessment unencrypted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="144"/>
        <source>{name} was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="168"/>
        <source>Remove password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="170"/>
        <source>{name} and its backups will be stored unencrypted: anyone who can read the file can read the assessment. Remove the password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="189"/>
        <source>The password of {name} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="191"/>
        <source>The password of {name} was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/password_dialog.py" line="193"/>
        <source>{name} is now encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="47"/>
        <source>Add a custom action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="47"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="63"/>
        <source>Action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="64"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="66"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="69"/>
        <source>&amp;What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="71"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="77"/>
        <source>C&amp;hallenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="81"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="85"/>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="87"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="88"/>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="89"/>
        <source>Owne&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="91"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="100"/>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="102"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="106"/>
        <source>&amp;Effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="112"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="114"/>
        <source>Plan note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_item_dialog.py" line="115"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="22"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="23"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="24"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="25"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="26"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="39"/>
        <source>S - days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="40"/>
        <source>M - weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="41"/>
        <source>L - months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="98"/>
        <source>Blocker: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/plan_table.py" line="100"/>
        <source>Custom: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="49"/>
        <source>Deployment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="60"/>
        <source>&amp;Accept</source>
        <extracomment>runs a dialog and says whether it was accepted (tests replace it to fill the dialog in)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="60"/>
        <source>Accept the selected action (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="63"/>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="63"/>
        <source>Reject the selected action (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="66"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="66"/>
        <source>Edit owner, due date, phase… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="69"/>
        <source>Re&amp;set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="69"/>
        <source>Back to proposed, as generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="72"/>
        <source>Add cust&amp;om action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="72"/>
        <source>Add an action of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="83"/>
        <source>Plan actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="91"/>
        <source>Action details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="123"/>
        <source>{count} actions: {accepted} accepted, {rejected} rejected, {open} to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="127"/>
        <source>{n} must be done before any deployment (blockers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="129"/>
        <source>No actions yet: they appear as answers reveal gaps. You can add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="162"/>
        <source>{n} point(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="219"/>
        <source>Accept {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="220"/>
        <source>Reject {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="221"/>
        <source>Reset {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/plan_view.py" line="249"/>
        <source>Edit {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="41"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="47"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="49"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="59"/>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="241"/>
        <source>Participant&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="122"/>
        <source>Poll the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="126"/>
        <source>Up/Down: participant · 1-9: their answer (0 clears) · U: don&apos;t know · N: not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="134"/>
        <source>How far the room disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="138"/>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="275"/>
        <source>Agreed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="139"/>
        <source>Agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="143"/>
        <source>Why, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="144"/>
        <source>Rationale of the agreed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="148"/>
        <source>Keep the confidence despite the disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="150"/>
        <source>Set agreed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="186"/>
        <source>Answer of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="198"/>
        <source>Choose a question to poll the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="215"/>
        <source> Spread: {n} risk points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="221"/>
        <source>No one has answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="259"/>
        <source>Confidence lowered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioLoader</name>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="97"/>
        <source>Could not read the folder {folder}: {reason}.</source>
        <extracomment>rows measured when the table fits its columns (Qt&apos;s resize-contents precision)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="104"/>
        <source>Could not read the folder {folder} because of an unexpected problem; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="41"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="42"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="43"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="44"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="45"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="46"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="48"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="49"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="50"/>
        <source>Interpretability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="51"/>
        <source>Ethics &amp; legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="52"/>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="53"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="54"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="55"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="98"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/portfolio_table.py" line="100"/>
        <source>risk {risk:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="160"/>
        <source>Choose folder…</source>
        <extracomment>a portfolio finished loading (also after Cancel, with what was read) open this file (absolute path) at this question: a reason of its decision was activated open this file (absolute path): an unreadable one (an encrypted file: its password) was activated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="162"/>
        <source>No folder chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="165"/>
        <source>%v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="166"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="170"/>
        <source>Save summary as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="174"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="184"/>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="204"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="187"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="189"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="220"/>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="266"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="238"/>
        <source>Level by challenge and assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="241"/>
        <source>Each cell has its level&apos;s colour, as in the table (the number is the risk); grey = not assessed. Scroll to see more rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="246"/>
        <source>Client for the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="253"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="257"/>
        <source>Risk over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="262"/>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="269"/>
        <source>Unreadable files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="267"/>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="268"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="271"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="276"/>
        <source>Choose a folder of assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="291"/>
        <source>Reading the assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="319"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="384"/>
        <source>Save portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="384"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="394"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="394"/>
        <source>The summary could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="397"/>
        <source>Saved the summary to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="407"/>
        <source>Unreadable files ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="410"/>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="429"/>
        <source>%n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="431"/>
        <source>%n file(s) could not be read (see “Unreadable files”)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="432"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="432"/>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="435"/>
        <source>Loading was cancelled after {done} of {total} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="475"/>
        <source>showing {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="482"/>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="541"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="517"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="523"/>
        <source>%n dated assessment(s); a trend needs at least two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="525"/>
        <source>%n dated assessment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="540"/>
        <source>Why “{decision}” for {label}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="48"/>
        <source>Preferences</source>
        <extracomment>the longest firm name and disclaimer kept (the command line has the same limits)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="71"/>
        <source>Your name as facilitator</source>
        <extracomment>the logo chosen in this dialog (bytes, suffix); None with _logo_removed False = unchanged</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="73"/>
        <source>Firm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="75"/>
        <source>Printed on the cover of every report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="79"/>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="80"/>
        <source>C&amp;hoose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="82"/>
        <source>Re&amp;move logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="90"/>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="92"/>
        <source>Use the &amp;standard disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="96"/>
        <source>Show my &amp;name and computer in lock files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="99"/>
        <source>A lock file beside an open assessment tells others who has it open. On a shared drive it names you and your computer only when this is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="106"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="107"/>
        <source>&amp;Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="108"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="110"/>
        <source>&amp;Disclaimer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="133"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="141"/>
        <source>Choose the firm&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="141"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="153"/>
        <source>The logo was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="171"/>
        <source>The disclaimer is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="203"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/preferences_dialog.py" line="207"/>
        <source>Your name, the firm&apos;s name, logo and disclaimer, lock privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="46"/>
        <source>Low</source>
        <extracomment>the confidence buttons&apos; words, in the order shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="47"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="48"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="219"/>
        <source>Question</source>
        <extracomment>the shown question changed (question id) typed text (a note or a text answer) is waiting to be saved, or no longer is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="265"/>
        <source>Question text</source>
        <extracomment>a callable giving the question ids to move through (the navigator&apos;s filtered order) asks for the park note (tests replace it): (question text, note, parked) -&gt; choice or None</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="286"/>
        <source>Guidance and references  (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="287"/>
        <source>Show guidance and framework references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="298"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="317"/>
        <source>Number answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="318"/>
        <source>Type a number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="326"/>
        <source>Text answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="327"/>
        <source>Type the answer; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="343"/>
        <location filename="../../desktop_app/gui/views/question_view.py" line="344"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="346"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="347"/>
        <source>Don&apos;t know (add to follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="348"/>
        <source>Marks the question for follow-up with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="350"/>
        <location filename="../../desktop_app/gui/views/question_view.py" line="351"/>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="363"/>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="370"/>
        <source>{label} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="372"/>
        <source>Confidence {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="383"/>
        <source>Note (Alt+N; Enter saves, Shift+Enter new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="386"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="387"/>
        <location filename="../../desktop_app/gui/views/question_view.py" line="738"/>
        <source>What was said, who said it, what to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="403"/>
        <source>Sa&amp;id by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="409"/>
        <location filename="../../desktop_app/gui/views/question_view.py" line="414"/>
        <source>Who said the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="410"/>
        <source>Pick a participant or type a name; Enter saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="413"/>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="421"/>
        <source>Parked for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="435"/>
        <source>Note said by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="457"/>
        <source>⏸ Parked for follow-up{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="465"/>
        <source>◀  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="466"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="467"/>
        <source>Previous question (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="472"/>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="473"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="474"/>
        <source>Next question (Enter or Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="657"/>
        <source>No assessment is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="683"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="688"/>
        <source>  ·  weight {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="738"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="749"/>
        <source>Question {pos} of {total}  ·  {done} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="759"/>
        <source>Why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="761"/>
        <source>What good looks like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="764"/>
        <source>Example: {industry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="768"/>
        <source>Framework references:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="801"/>
        <source>Answer {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="906"/>
        <source>Unpark question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="907"/>
        <source>Park question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickActionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="40"/>
        <source>Quick-add an action</source>
        <extracomment>a quick action is accepted (the room agreed it) and starts before any deployment unless changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="46"/>
        <source>Action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="47"/>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="49"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="70"/>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="73"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="74"/>
        <source>a participant, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="75"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="81"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="85"/>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="89"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/quick_action_dialog.py" line="95"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="190"/>
        <location filename="../../desktop_app/gui/charts/radar.py" line="285"/>
        <source>(not assessed)</source>
        <extracomment>the index of the axis whose point was clicked name -&gt; outline item (closed polygon, NaN gaps); the values the chart shows name -&gt; filled polygon over the assessed axes only name -&gt; hoverable points with tooltips name -&gt; the axes that series has not assessed (drawn as a dashed grey spoke, no marker) the rings and solid spokes, then (when an axis is not assessed) the dashed spokes the key of the rings, spokes and labels on the plot (see ``_frame_key``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="372"/>
        <source>{series}
{axis}: Readiness {value} / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="374"/>
        <source>{series}
{axis}: Risk {value} / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="392"/>
        <source>outer ring = readiness 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="392"/>
        <source>outer ring = risk 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="394"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../desktop_app/gui/views/readonly_banner.py" line="22"/>
        <source>Read-only notice</source>
        <extracomment>amber with black text reads on a light and a dark palette alike</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/readonly_banner.py" line="27"/>
        <source>Why this file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/readonly_banner.py" line="29"/>
        <source>Ena&amp;ble editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/readonly_banner.py" line="30"/>
        <source>Enable editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/readonly_banner.py" line="36"/>
        <source>Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/readonly_banner.py" line="36"/>
        <source>This file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonsLabel</name>
    <message>
        <location filename="../../desktop_app/gui/views/reasons_label.py" line="35"/>
        <source>Reasons for the decision</source>
        <extracomment>at most this many reasons are listed; the rest are counted the measured heights kept (each a text at a width); past this they are forgotten and measured again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/reasons_label.py" line="40"/>
        <source>and {n} more</source>
        <extracomment>said after the last reason shown when some are not ({n}: how many)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/recent_files.py" line="21"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/recent_files.py" line="22"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/recent_files.py" line="23"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/recent_files.py" line="24"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/recent_files.py" line="25"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/recent_files.py" line="46"/>
        <source>This file is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/recent_files.py" line="61"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="87"/>
        <source>{client} - {project} - readiness plan {date}</source>
        <extracomment>the suggested name of an exported PDF file: keep {client}, {project} and {date}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="91"/>
        <source>{name} - readiness plan {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="95"/>
        <source>Readiness plan {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="320"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="320"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="331"/>
        <source>Print the deployment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="337"/>
        <source>GenAI Readiness Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="347"/>
        <source>Open an assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="366"/>
        <source>Exporting the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="384"/>
        <source>Preparing to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="394"/>
        <source>The report could not be prepared for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="415"/>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="417"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="417"/>
        <location filename="../../desktop_app/gui/report_actions.py" line="455"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="160"/>
        <source>Scoring the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="161"/>
        <source>Writing the sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="162"/>
        <source>Encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="163"/>
        <source>Saving the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="164"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="173"/>
        <source>Laying out page {page}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWorker</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="254"/>
        <source>The PDF could not be written to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="262"/>
        <source>The PDF could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="271"/>
        <source>The PDF could not be made because of an unexpected problem; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="43"/>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="101"/>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="121"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="48"/>
        <source>Choose a backup copy of {name}. The file it replaces is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="52"/>
        <source>There are no backups of {name} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="61"/>
        <source>{taken:%Y-%m-%d %H:%M} ({age} old), {answers} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="65"/>
        <source>{taken:%Y-%m-%d %H:%M} ({age} old): cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="80"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="116"/>
        <source>Put a backup back now? The damaged file is kept beside it, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskMatrixChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/matrix.py" line="48"/>
        <source>Likelihood (from the risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/matrix.py" line="49"/>
        <source>Impact (from the context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/matrix.py" line="87"/>
        <source>Likelihood {likelihood} x impact {impact} = {product}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/matrix.py" line="114"/>
        <source>{title}
risk {risk} · likelihood {likelihood} x impact {impact} = {product}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/matrix.py" line="154"/>
        <source>Not assessed (not placed): {challenges}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskProfileView</name>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="59"/>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="269"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="60"/>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="269"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="66"/>
        <source>Show risk: larger is worse (0 = well controlled, 100 = severe gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="67"/>
        <source>Show readiness = 100 − risk: larger is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="79"/>
        <source>Open or create an assessment to see its risk profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="96"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="104"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="113"/>
        <source>Answers that drive the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="129"/>
        <source>What drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="137"/>
        <source>Click a challenge in any chart to see its answers; click an answer to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="146"/>
        <source>The six challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="146"/>
        <source>Outer ring = 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="148"/>
        <source>Likelihood × impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="150"/>
        <source>Likelihood comes from the risk, impact from the context; the cell colour is the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="152"/>
        <source>Sub-challenges by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="220"/>
        <source>Risk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="226"/>
        <source>Why this decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="245"/>
        <source>Overall risk {risk:.1f} / 100 (readiness {readiness:.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="247"/>
        <source>{answered} of {total} questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="251"/>
        <source>{n} blocker(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="252"/>
        <source>deployment must not proceed until resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="255"/>
        <source>{n} “don&apos;t know” answer(s) to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="262"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="271"/>
        <source>{value} (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="292"/>
        <source>No answer raises this challenge&apos;s risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="294"/>
        <source>Nothing assessed here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/row_table.py" line="128"/>
        <source>not assessed</source>
        <extracomment>the raw value of a cell, for sorting (numbers sort as numbers, None last) the row object itself the translation context of the headers (default: the class name) what ``RowTableModel.data`` answers for each role it knows (methods looked up on the model, so a subclass&apos;s own ``display``, ``tooltip``... are the ones called); any other role is None</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="27"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="28"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="29"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="30"/>
        <source>Note (words found in [brackets])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_search.py" line="31"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="41"/>
        <source>Whose answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="45"/>
        <source>The answers in {file} are stored as one participant&apos;s own answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="54"/>
        <source>Participant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="61"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="63"/>
        <source>Participant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="65"/>
        <source>e.g. Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="66"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="93"/>
        <source>{name} already takes part; their answers are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="99"/>
        <source>{name} is added to the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="104"/>
        <source>Type the participant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="119"/>
        <source>Self-assessment: what can be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="123"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;, answers of &lt;b&gt;{name}&lt;/b&gt;: {t} row(s) taken, {r} refused, {e} left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="136"/>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="144"/>
        <source>(no question id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="145"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="153"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="154"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="155"/>
        <source>Taken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="156"/>
        <source>Answer, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="159"/>
        <source>Rows of the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="165"/>
        <source>Refused rows change nothing. Taken rows are stored as {name}&apos;s own answers; the agreed answers stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="171"/>
        <source>No row can be taken; nothing will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="177"/>
        <source>&amp;Store {n} answer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="215"/>
        <source>{name} could not be written: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/self_assessment_view.py" line="222"/>
        <source>{name} could not be written because of an unexpected problem; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="39"/>
        <source>Healthcare: synthetic medical images</source>
        <extracomment>the bundled samples: (resource file, title, description) (title and description are marked for the catalogue; show them through sample_texts())</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="40"/>
        <source>A hospital generating synthetic scans from anonymised images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="44"/>
        <source>Financial services: fraud detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="45"/>
        <source>A bank&apos;s fraud detection that must be interpretable and auditable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="49"/>
        <source>Insurance: claims triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="50"/>
        <source>An insurer&apos;s assistant that sorts home and car claims for its handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="56"/>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="57"/>
        <source>park a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="58"/>
        <source>audience screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="59"/>
        <source>what the audience sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="60"/>
        <source>hide the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="61"/>
        <source>presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="126"/>
        <source>Start</source>
        <extracomment>the recent assessments&apos; table grows with its rows up to this many, then scrolls</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="138"/>
        <source>Decide whether, and how, an organisation can deploy generative AI responsibly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="148"/>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="148"/>
        <source>Ctrl+N  ·  client, project, participants and context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="186"/>
        <source>Samples to explore or to demonstrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="208"/>
        <source>In the workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="212"/>
        <source>Keys for the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="214"/>
        <source>All keyboard shortcuts (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="215"/>
        <source>All keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="151"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="151"/>
        <source>Ctrl+O  ·  a .readiness file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="158"/>
        <location filename="../../desktop_app/gui/views/start_view.py" line="164"/>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="175"/>
        <source>No recent assessments yet. Start a new one or open a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="194"/>
        <source>Open sample: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeboxBar</name>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="41"/>
        <source>Timebox</source>
        <extracomment>the time spent is written at least this often while the clock runs (seconds) the bar&apos;s colour per state: the level scale&apos;s ends and its amber</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="55"/>
        <source>Time spent on this challenge</source>
        <extracomment>seconds since an arbitrary start (tests replace it) &quot;on_time&quot;, &quot;behind&quot;, &quot;over&quot; or &quot;unplanned&quot;: what the bar&apos;s colour says</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="60"/>
        <source>Share of the planned time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="167"/>
        <source>⏸ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="167"/>
        <source>▶ Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="168"/>
        <source>Pause or start the workshop clock (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="170"/>
        <source>Pause the workshop clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="170"/>
        <source>Start the workshop clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="174"/>
        <source>Clock: context questions are not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="178"/>
        <source>{done}/{total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="180"/>
        <source>{title}: {spent} · no time planned · {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="184"/>
        <source>{title}: {spent} of {planned} · {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="188"/>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="200"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="201"/>
        <source>Running behind: more time spent than questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="202"/>
        <source>Over the time planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/timebox_bar.py" line="203"/>
        <source>No time planned for this challenge (Workshop &gt; Agenda)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/trend.py" line="31"/>
        <source>Risk (0-100)</source>
        <extracomment>at most this many dates are written under the axis (evenly chosen, first and last always)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/trend.py" line="62"/>
        <source>{series}
{date}: risk {risk}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../desktop_app/gui/verdict.py" line="34"/>
        <source>Not scored yet</source>
        <extracomment>used when a bank does not say (the bank format&apos;s own default) percent of the scored questions answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdict.py" line="36"/>
        <source>Provisional – {percent} % answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfActionsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="29"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="30"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="31"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="32"/>
        <source>Reduces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="60"/>
        <source>Blocker · {title}</source>
        <extracomment>the set of ticked keys changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="70"/>
        <source>−{points} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="76"/>
        <source>Phase {phase}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="80"/>
        <source>A custom action has no expected risk reduction, so it does not change the projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="84"/>
        <source>Expected reduction: {points} risk points on each triggering answer ({answers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/whatif_actions.py" line="87"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="53"/>
        <source>Open or create an assessment to try what-if scenarios on its plan.</source>
        <extracomment>reasons listed under the projected decision (a 1280x720 screen keeps the radar readable)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="64"/>
        <source>What if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="77"/>
        <source>Actions to suppose done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="79"/>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="80"/>
        <source>Tick accepted and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="81"/>
        <source>Clear ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="92"/>
        <source>Suppose these actions were done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="96"/>
        <source>Ticks are a what-if only: nothing is saved. Each action removes its expected risk points from the answers that triggered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="115"/>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="192"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="115"/>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="191"/>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="117"/>
        <source>Today and projected by challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="124"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="124"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="126"/>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="132"/>
        <source>Today and projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="204"/>
        <source>{n} action(s) ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="206"/>
        <source>Overall risk {today:.1f} → {projected:.1f} ({delta:+.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="210"/>
        <source>Still holding the decision back:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="183"/>
        <source>Action added to the plan: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="189"/>
        <source>Save what we decided today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="216"/>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="71"/>
        <source>Wor&amp;kshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="74"/>
        <source>Set the &amp;agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="74"/>
        <source>Minutes per challenge for the workshop clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="77"/>
        <source>Start or pause the &amp;clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="77"/>
        <source>The workshop clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="80"/>
        <source>&amp;Park the question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="83"/>
        <source>Send the question to the follow-up list with a note, and move on (key P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="86"/>
        <source>&amp;Quick-add an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="89"/>
        <source>A custom plan action with an owner and a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="102"/>
        <source>What we &amp;decided today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="105"/>
        <source>One page: the decision, parked questions, today&apos;s actions and who attended (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="117"/>
        <source>Hi&amp;gh-contrast theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/room.py" line="119"/>
        <source>White on black, with solid chart lines, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
