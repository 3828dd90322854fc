<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="66"/>
        <source>a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="80"/>
        <source>This question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="81"/>
        <source>The whole assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="93"/>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="100"/>
        <source>Restore this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="128"/>
        <source>{n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/history_view.py" line="145"/>
        <source>Restore answer of {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="42"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="48"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="50"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="60"/>
        <source>Participant&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="123"/>
        <source>Poll the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="128"/>
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
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="240"/>
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
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="180"/>
        <source>Answer of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="191"/>
        <source>Choose a question to poll the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="205"/>
        <source> Spread: {n} risk points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/poll_panel.py" line="208"/>
        <source>No one has answered yet.</source>
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
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="185"/>
        <source>Answer: don&apos;t know – on the follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="187"/>
        <source>Answer: not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="189"/>
        <source>Answer: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="194"/>
        <source>The score is hidden while we discuss. It is shown at the end of the challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="203"/>
        <source>Score hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="213"/>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/audience_screen.py" line="225"/>
        <source>Risk today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="184"/>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="188"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="185"/>
        <source>The questions, scoring and mitigation library this assessment uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="206"/>
        <source>No question bank was found. Reinstall the application.</source>
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
        <location filename="../../desktop_app/gui/charts/base.py" line="55"/>
        <source>Export chart as PNG…</source>
        <extracomment>the one colour scale of the app: a level&apos;s colour, in every chart, table and badge. Four colours of the Okabe-Ito palette (M. Okabe and K. Ito, &quot;Color Universal Design&quot;, 2008, jfly.uni-koeln.de/color/), chosen to stay distinct with protanopia, deuteranopia and tritanopia; ordered from bluish green to vermillion so they also read as an order, and always shown with the level&apos;s name beside them. better / worse in deltas: the ends of the same scale series colours: today / first, then comparison / projection used in the export dialog&apos;s file name text size factor (presentation mode on a projector: larger)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="56"/>
        <source>Export chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="136"/>
        <source>Could not write the image {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="140"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="140"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="142"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="152"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/base.py" line="153"/>
        <source>Save this chart as a PNG image or an SVG drawing</source>
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
        <location filename="../../desktop_app/gui/views/compare_view.py" line="273"/>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="146"/>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="274"/>
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
        <location filename="../../desktop_app/gui/views/compare_view.py" line="256"/>
        <source>Why, new:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="257"/>
        <source>Why, old:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="264"/>
        <source>challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="264"/>
        <source>challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="266"/>
        <source>Overall risk on the {n} {what} both assessed: {old:.1f} → {new:.1f} ({delta:+.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="272"/>
        <source>No challenge was assessed in both, so no overall change is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="278"/>
        <source>The question banks differ ({old_bank} → {new_bank}): each side is scored on its own bank, and answers are compared on the {n} questions both share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="293"/>
        <source>Not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="294"/>
        <source>(assessed in the {side} assessment only): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="300"/>
        <source>Only in the old bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="301"/>
        <source>Only in the new bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/compare_view.py" line="305"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="225"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="226"/>
        <source>These answers set how much each risk matters. You can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionReasons</name>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="20"/>
        <source>Blocker: {question} – answered “{answer}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="26"/>
        <source>Open stop question: {question} – “Don&apos;t know”; one of its answers would stop the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="33"/>
        <source>Critical risk in {challenge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="37"/>
        <source>High risk in {challenge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="41"/>
        <source>Medium risk in {challenge}: deploy only with the plan&apos;s conditions and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="47"/>
        <source>Overall risk {risk:.0f} is {threshold:.0f} or more: pilot only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="54"/>
        <source>before any deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="55"/>
        <source>before the pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="56"/>
        <source>before production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="57"/>
        <source>in operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="63"/>
        <source>Required at impact tier {tier}, {phase}, and not in place: {control}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="69"/>
        <source>Required at impact tier {tier}, {phase}, and not known yet: {control}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="75"/>
        <source>{challenge} is held at high by one weak answer to an important question: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="81"/>
        <source>Conditions: {count} open action(s), each with an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="84"/>
        <source>{n} more still need an owner and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="89"/>
        <source>Deployment needs conditions, but no open action has an owner and a due date yet ({n} to assign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="110"/>
        <source>Every assessed challenge is at low risk, no stop answer was given and the required controls are in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="115"/>
        <source>Approval: {approver}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="96"/>
        <source>Not yet assessed: {challenge}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="100"/>
        <source>{count} “don&apos;t know” answer(s) need follow-up, first: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="106"/>
        <source>Nothing has been assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/decision_reasons.py" line="147"/>
        <source>, mostly from: {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="42"/>
        <source>Assessment details</source>
        <extracomment>the date edit&apos;s lowest value stands for &quot;no date&quot; (QDateEdit cannot be empty)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="48"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="97"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="99"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="101"/>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="105"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="109"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="112"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="113"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="114"/>
        <source>Workshop &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/details_dialog.py" line="115"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="72"/>
        <source>The workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="74"/>
        <source>Who the assessment is for, and where the file goes. Every change is saved in it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="79"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="80"/>
        <source>e.g. St Mary&apos;s Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="82"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="83"/>
        <source>e.g. Synthetic imaging for training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="85"/>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="89"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="91"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="92"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="93"/>
        <source>Choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="101"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="102"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="103"/>
        <source>Workshop &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="104"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="105"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../desktop_app/gui/documents.py" line="25"/>
        <source>This file was received or has not been edited on this computer, so it opened read-only and nothing changes by accident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/documents.py" line="66"/>
        <source>{file} cannot be opened ({why}).</source>
        <extracomment>a sentence for the user when something cannot be done (the window shows a dialog) the recent-files list changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/documents.py" line="136"/>
        <source>The sample {name} is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/documents.py" line="149"/>
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
    <name>ExportActions</name>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="46"/>
        <source>Answers, scores and plan (&amp;XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="47"/>
        <source>Export answers, scores and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="50"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="51"/>
        <source>One workbook with the answers, the scores, the plan and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="55"/>
        <source>&amp;Answers (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="56"/>
        <source>Export the answers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="59"/>
        <location filename="../../desktop_app/gui/export_actions.py" line="68"/>
        <location filename="../../desktop_app/gui/export_actions.py" line="77"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="60"/>
        <source>The answers as CSV; the file can be imported into another assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="64"/>
        <source>&amp;Scores (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="65"/>
        <source>Export the scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="69"/>
        <source>Overall, challenge and sub-challenge scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="73"/>
        <source>&amp;Plan (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="74"/>
        <source>Export the plan as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="78"/>
        <source>The deployment plan&apos;s actions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="82"/>
        <source>Assessment (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="83"/>
        <source>Export the assessment as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="86"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="88"/>
        <source>Details, participants, answers and plan decisions; imports back unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="177"/>
        <source>{name} could not be written: {reason}.</source>
        <extracomment>a file was written (path), for the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_actions.py" line="184"/>
        <source>{name} could not be written because of an unexpected problem; the details are in the log file.</source>
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
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="34"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="40"/>
        <source>Follow-up: {client} – {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="46"/>
        <source>Thank you for the workshop on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="50"/>
        <source>Thank you for the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="52"/>
        <source>Subject: {project}: open questions from the GenAI readiness workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="56"/>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="60"/>
        <source>To complete the assessment we need answers to the following questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="68"/>
        <source>{n}. {question}  [{reason}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="70"/>
        <source>{n}. {question}  [{reason}; answer so far: {answer}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="73"/>
        <source>   Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="90"/>
        <source>No open questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="92"/>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="100"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="107"/>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="108"/>
        <source>Copy the follow-up list as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="110"/>
        <source>Copy as e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="111"/>
        <source>Copy the follow-up list as an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="113"/>
        <source>Go t&amp;o question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="114"/>
        <source>Go to the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="126"/>
        <source>Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="151"/>
        <source>{count} question(s) to follow up with the client: {unknown} &quot;don&apos;t know&quot;, {low} answered with low confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="156"/>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; or low-confidence answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="174"/>
        <source>Copied as e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/follow_up_view.py" line="174"/>
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
        <location filename="../../desktop_app/gui/models/labels.py" line="99"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="87"/>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="95"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="97"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="113"/>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="114"/>
        <source>Financial services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="115"/>
        <source>Creative industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="116"/>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="117"/>
        <source>Public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="118"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="119"/>
        <source>HR and employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="120"/>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="121"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/labels.py" line="122"/>
        <source>Critical infrastructure and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="332"/>
        <source>Data</source>
        <extracomment>compact axis names per challenge id, for small charts (the full title stays in the tooltip) (marked for the catalogue in context &quot;Labels&quot;; show them through short_challenge_label)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="333"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="334"/>
        <source>Interpretability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="335"/>
        <source>Ethics &amp; legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="336"/>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="337"/>
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
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="48"/>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="53"/>
        <source>Live risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="57"/>
        <source>Overall decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="65"/>
        <source>Risk radar of the six challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="72"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="95"/>
        <source>Go to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="96"/>
        <source>Show this challenge&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="113"/>
        <source>Score hidden while the room discusses; it is shown at the end of the challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="117"/>
        <source>Reveal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="118"/>
        <source>Reveal the score now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="180"/>
        <source>So far, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="180"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/live_risk_panel.py" line="184"/>
        <source>If the assessment ended now: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="60"/>
        <source>1 … 9</source>
        <extracomment>Help &gt; Keyboard shortcuts: (keys, what they do); both go through tr() in shortcuts_help()</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="61"/>
        <source>choose an option (on a maturity scale: the level 0 … 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="63"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="63"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="65"/>
        <source>D or ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="66"/>
        <source>don&apos;t know (goes to the follow-up list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="68"/>
        <source>L / M / H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="68"/>
        <source>confidence low / medium / high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="70"/>
        <source>Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="71"/>
        <source>write a note (Enter saves it, Shift+Enter starts a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="73"/>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="73"/>
        <source>show or hide guidance and references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="74"/>
        <source>Enter, Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="74"/>
        <source>next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="75"/>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="75"/>
        <source>previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="76"/>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="76"/>
        <source>next unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="77"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="77"/>
        <source>search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="78"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="78"/>
        <source>assessment details and participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="80"/>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="81"/>
        <source>undo / redo any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="84"/>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="85"/>
        <source>questionnaire, risk profile, plan, follow-up, what-if, compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="88"/>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="89"/>
        <source>presentation mode (large type for a projector); Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="131"/>
        <source>&amp;Questionnaire</source>
        <extracomment>the window for the room (View &gt; Audience screen), made when first asked for whether the room may see the score now (View &gt; Hide live score)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167"/>
        <source>&amp;Risk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <source>Follow-&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="170"/>
        <source>&amp;What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="171"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="185"/>
        <source>Poll the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="186"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="220"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="221"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="224"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="226"/>
        <source>Open &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="233"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="236"/>
        <source>Write a copy of this assessment to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="240"/>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="243"/>
        <source>Put a backup copy of an assessment back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="247"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="250"/>
        <source>Write the deployment plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="252"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="254"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="265"/>
        <source>Por&amp;tfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="265"/>
        <source>Compare many assessments in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="269"/>
        <source>C&amp;lose assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="271"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="275"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="276"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="278"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="286"/>
        <source>Assessment &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="289"/>
        <source>Client, project, workshop date, facilitator and participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="292"/>
        <source>&amp;Find question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="297"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="299"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="302"/>
        <source>Large type for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="307"/>
        <source>Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="324"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="326"/>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="328"/>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="330"/>
        <source>Next &amp;unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="332"/>
        <source>&amp;Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="336"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="338"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="340"/>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="362"/>
        <source>&amp;Audience screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="365"/>
        <source>A second window for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="371"/>
        <source>Audience sees the &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="372"/>
        <source>Audience sees the &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="373"/>
        <source>Audience sees the &amp;radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="374"/>
        <source>Audience sees the first a&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="380"/>
        <source>&amp;Hide live score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="383"/>
        <source>Hide the score during discussion; it shows again at the end of each challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="389"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="391"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="392"/>
        <source>Actual si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="405"/>
        <source>Zoom {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="437"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="465"/>
        <source>PDF written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="468"/>
        <source>Exported: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="496"/>
        <source>{answered} of {total} answered ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="507"/>
        <source>Read-only: changes are not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="509"/>
        <source>Not saved: the last change could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="511"/>
        <source>Typing… saved when you pause or press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="514"/>
        <source>All changes saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="516"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="527"/>
        <source>{client} – {project} – {file} [read-only] – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="529"/>
        <source>{client} – {project} – {file} – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="546"/>
        <source>{client} – {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="550"/>
        <source>{assessment}  ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="583"/>
        <source>Open an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="591"/>
        <source>{file} is no longer there; it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="601"/>
        <source>{name} copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="603"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="605"/>
        <source>Copy saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="609"/>
        <source>Assessments ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="610"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="617"/>
        <source>Restore which assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="627"/>
        <source>Restored {file} from the backup of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="641"/>
        <source>Portfolio – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="707"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="719"/>
        <source>Decide whether, and how, an organisation can deploy generative AI responsibly. Works fully offline; every change is saved in the file at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="722"/>
        <source>Problems are recorded in the log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="725"/>
        <source>About {app}</source>
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
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="333"/>
        <source>New assessment</source>
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
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="166"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="167"/>
        <source>One person a line: name, role, organisation. You can leave this for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="170"/>
        <source>Participants, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/new_assessment_wizard.py" line="172"/>
        <source>Dr Ana Silva, Head of Radiology, St Mary&apos;s
Tom Berg, Data Protection Officer</source>
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
    <name>PortfolioLoader</name>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="93"/>
        <source>Could not read the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="100"/>
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
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="154"/>
        <source>Choose folder…</source>
        <extracomment>a portfolio finished loading (also after Cancel, with what was read) open this file (absolute path) at this question: a reason of its decision was activated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="156"/>
        <source>No folder chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="159"/>
        <source>%v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="160"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="164"/>
        <source>Save summary as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="168"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="178"/>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="198"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="181"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="183"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="214"/>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="255"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="230"/>
        <source>Level by challenge and assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="233"/>
        <source>Each cell has its level&apos;s colour, as in the table (the number is the risk); grey = not assessed. Scroll to see more rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="238"/>
        <source>Client for the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="245"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="249"/>
        <source>Risk over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="252"/>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="258"/>
        <source>Unreadable files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="256"/>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="257"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="260"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/portfolio_view.py" line="487"/>
        <source>Why “{decision}” for {label}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="201"/>
        <source>Question</source>
        <extracomment>typed text is waiting to be saved (True) or was handed on to be saved (False) the last save of this text failed: keep it on screen instead of the stored text the bank option this button chooses (&quot;&quot; for the special buttons) the shown question changed (question id) typed text (a note or a text answer) is waiting to be saved, or no longer is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="244"/>
        <source>Question text</source>
        <extracomment>a callable giving the question ids to move through (the navigator&apos;s filtered order)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="265"/>
        <source>Guidance and references  (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="266"/>
        <source>Show guidance and framework references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="277"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="296"/>
        <source>Number answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="297"/>
        <source>Type a number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="305"/>
        <source>Text answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="306"/>
        <source>Type the answer; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="323"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="326"/>
        <source>Don&apos;t know (add to follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="327"/>
        <source>Marks the question for follow-up with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="329"/>
        <location filename="../../desktop_app/gui/views/question_view.py" line="330"/>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="342"/>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="361"/>
        <source>Note (Alt+N; Enter saves, Shift+Enter new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="364"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="365"/>
        <location filename="../../desktop_app/gui/views/question_view.py" line="635"/>
        <source>What was said, who said it, what to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="382"/>
        <source>◀  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="383"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="384"/>
        <source>Previous question (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="389"/>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="390"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="391"/>
        <source>Next question (Enter or Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="557"/>
        <source>No assessment is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="581"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="635"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/question_view.py" line="644"/>
        <source>Question {pos} of {total}  ·  {done} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="207"/>
        <source>(not assessed)</source>
        <extracomment>the index of the axis whose point was clicked name -&gt; outline item (closed polygon, NaN gaps); the values the chart shows name -&gt; filled polygon over the assessed axes only name -&gt; hoverable points with tooltips name -&gt; the axes that series has not assessed (drawn as a dashed grey spoke, no marker)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="262"/>
        <source>{series}
{axis}: Readiness {value} / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="264"/>
        <source>{series}
{axis}: Risk {value} / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="300"/>
        <source>outer ring = readiness 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="300"/>
        <source>outer ring = risk 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/charts/radar.py" line="302"/>
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
        <location filename="../../desktop_app/gui/views/reasons_label.py" line="32"/>
        <source>Reasons for the decision</source>
        <extracomment>at most this many reasons are listed; the rest are counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/reasons_label.py" line="44"/>
        <source>and {n} more</source>
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
    <name>ReportWorker</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="166"/>
        <source>The PDF could not be made: {reason}</source>
        <extracomment>Pages are rasterised at this resolution for printing: sharp text without a huge print job. characters no file name may hold on Windows, macOS or Linux; everything else (accents, &quot;–&quot;, &quot;€&quot;) is kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="171"/>
        <source>The PDF could not be made because of an unexpected problem; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="34"/>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="91"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="38"/>
        <source>Choose a backup copy of {name}. The file it replaces is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="42"/>
        <source>There are no backups of {name} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="51"/>
        <source>{taken:%Y-%m-%d %H:%M} ({age} old), {answers} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="55"/>
        <source>{taken:%Y-%m-%d %H:%M} ({age} old): cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/restore_dialog.py" line="70"/>
        <source>Restore</source>
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
        <location filename="../../desktop_app/gui/views/risk_view.py" line="271"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="60"/>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="271"/>
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
        <location filename="../../desktop_app/gui/views/risk_view.py" line="273"/>
        <source>{value} (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="294"/>
        <source>No answer raises this challenge&apos;s risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/risk_view.py" line="296"/>
        <source>Nothing assessed here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/row_table.py" line="119"/>
        <source>not assessed</source>
        <extracomment>the raw value of a cell, for sorting (numbers sort as numbers, None last) the row object itself the translation context of the headers (default: the class name)</extracomment>
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
    <name>StartView</name>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="37"/>
        <source>Healthcare: synthetic medical images</source>
        <extracomment>the bundled samples: (resource file, title, description) (title and description are marked for the catalogue; show them through sample_texts())</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="38"/>
        <source>A hospital generating synthetic scans from anonymised images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="42"/>
        <source>Financial services: fraud detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="43"/>
        <source>A bank&apos;s fraud detection that must be interpretable and auditable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="61"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="72"/>
        <source>Decide whether, and how, an organisation can deploy generative AI responsibly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="81"/>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="81"/>
        <source>Ctrl+N  ·  client, project, participants, context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="84"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="84"/>
        <source>Ctrl+O  ·  a .readiness file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="91"/>
        <location filename="../../desktop_app/gui/views/start_view.py" line="97"/>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="106"/>
        <source>No recent assessments yet. Start a new one or open a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="115"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/start_view.py" line="122"/>
        <source>Open sample: {label}</source>
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
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="49"/>
        <source>Open or create an assessment to try what-if scenarios on its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="60"/>
        <source>What if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="73"/>
        <source>Actions to suppose done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="75"/>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="76"/>
        <source>Tick accepted and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="77"/>
        <source>Clear ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="88"/>
        <source>Suppose these actions were done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="92"/>
        <source>Ticks are a what-if only: nothing is saved. Each action removes its expected risk points from the answers that triggered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="111"/>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="185"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="111"/>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="184"/>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="113"/>
        <source>Today and projected by challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="120"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="120"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="122"/>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="128"/>
        <source>Today and projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="197"/>
        <source>{n} action(s) ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="199"/>
        <source>Overall risk {today:.1f} → {projected:.1f} ({delta:+.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/views/whatif_view.py" line="203"/>
        <source>Still holding the decision back:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
