# EvalDesk — English catalog. Every message here must also be in ../vi/evaldesk.ftl with the
# same { $arguments }; the build fails otherwise. Numbers and dates arrive already formatted.
# A third language: copy this folder to assets/i18n/<code>/ and translate (see README).
#
# What each { $argument } is, this catalog says in a comment line right above the message:
# `# $count: count · $since: when`. The kinds: text (a name, an id, a path; the default, not
# written), count (a whole number; it chooses plural forms), number (a value, a weight, a
# share), when (a date and time from a file), msg (another message), list (messages joined
# by ", "). The program's code must pass each argument as its kind, or it does not build.
# Translators need not repeat these lines in other catalogs.

## Languages (each shown in its own language)
lang-vi = Tiếng Việt
lang-en = English

## Start screen
app-title = EvalDesk — Software evaluation
new-evaluation = New evaluation…
new-evaluation-heading = New evaluation
open = Open…
compare-results = Compare results…
recent-sessions = Recent sessions
forget-recent = Remove from the list
sessions-in = Evaluation sessions in { $folder }
no-sessions = No evaluation sessions yet.
refresh = Refresh
file = File
evaluator = Evaluator
status = Status
scored = Scored
last-change = Last change
check = Check
valid = Valid
invalid = Invalid: { $problem }
# $more: count
invalid-more = Invalid: { $problem } (+{ $more } more)
status-draft = Draft
status-submitted = Submitted, sealed
bundled-checklists = Bundled checklists
# $criteria: count · $groups: count
checklist-size = { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}, { $criteria ->
    [one] 1 criterion
   *[other] { $criteria } criteria
}
# $size: msg
checklist-described = { $title } — { $size }
path-field = Path
path-hint = Type or paste a file or folder path: this computer has no system file dialog (xdg-desktop-portal is missing).
path-hint-cancelled = The file dialog closed without a choice; you can type or paste a path here.
open-path = Open
dialog-filter = EvalDesk files (*.json)

## New evaluation
back = « Start
checklist = Checklist
checklist-file = or a checklist file (.checklist.json)
name = Name
product-name = Name
organization = Organization
role = Role
candidates = To evaluate
vendor = Vendor
version = Version
# $field: msg · $row: count
field-in-row = { $field }, row { $row }
add-candidate = + Add
remove = Remove
folder = Save in folder
create = Create the session
need-name = Enter the evaluator's name.
need-candidate = Add at least one to evaluate.
duplicate-candidate = Two of those evaluated have the same name.
need-checklist = Choose a checklist.
# $reason: msg
cannot-create-folder = Cannot create the folder { $folder }: { $reason }

## Scoring screen
groups = Groups
group-entry = { $id } { $title }
# $done: count · $total: count · $weight: number
group-progress = scored { $done }/{ $total } · weight { $weight }
id = ID
criterion = Criterion
weight = Weight
guidance = Guidance
source = Source
notes = Notes
note-for = Note — { $candidate }
na = N/A
filter = Filter criteria (Ctrl+F)
no-criterion-matches = No criterion matches “{ $filter }”. Press Esc to clear the filter.
next-unscored = Next unscored (Ctrl+G)
all-scored = Every cell is scored: ready to submit (Ctrl+Enter).
undo = Undo (Ctrl+Z)
redo = Redo (Ctrl+Y)
submit = Submit and seal… (Ctrl+Enter)
submit-now = Submit and seal
copy-as-draft = Copy as new draft
copied-as-draft = A new draft was made and opened: { $file }. The submitted session is unchanged.
read-only = Read-only
# $why: msg
read-only-typing = Nothing was changed: this session is read-only. { $why }
take-over = Take over
close = Close
cancel = Cancel
ok = OK
saved-at = Saved at { $time }
# $reason: msg
not-saved = Not saved: { $reason }
saving = Saving soon…
locked-by-you = You hold the lock on this session
session-file = File: { $file }
keys = Keys: arrows up/down: criterion · left/right: column · digits: score · N: N/A · Enter: note · Ctrl+Z/Ctrl+Y: undo/redo · Ctrl+S: save now · Ctrl+G: next unscored · Ctrl+Enter: submit
# $done: count · $percent: number · $total: count
progress = Scored { $done }/{ $total } ({ $percent })
# $weight: number
criterion-weight = Weight { $weight }
mandatory-threshold = mandatory (threshold { $threshold })
mandatory-mark = * mandatory
scale = Scale
# $value: number
scale-level = { $value } — { $label }
note-hint = Enter: keep the note · Shift+Enter: new line
note-needs-score = a note (saved with the cell's first score or N/A)
number-hint = type a number, then Enter
# $value: number
number-read-as = read as { $value }
number-not-a-number = “{ $text }” is not a number: type digits, with { $mark } before the decimals.
number-wrong-mark = “{ $text }” is not a number as written here: the decimal mark is “{ $mark }” (for example { $example }).
number-negative = “{ $text }” is below zero: a value must be zero or more.
# $digit: count
not-on-scale = { $digit } is not on this criterion's scale.
na-on-mandatory = { $criterion } is mandatory: N/A means { $candidate } will count as not qualified on it.
# $value: msg
cell-value = { $cell }: { $value }
submit-title = Submit the session
# $count: count
submit-missing = Still missing: { $count ->
    [one] 1 item
   *[other] { $count } items
} (click one to go there):
submit-confirm = Once submitted, the session is sealed and can no longer be changed. Submit now?
submit-done = Submitted and sealed.
fingerprint = Seal fingerprint — write it on the paper copy you sign:
seal-short = Seal fingerprint: { $fingerprint }
sha256 = SHA-256: { $sha }

## Results screen
results = Results
rank = Rank
# $subject: subject
candidate = { $subject ->
        [agency] Agency
       *[product] Candidate
    }
total = Total
qualified = Qualified
yes = yes
no = no
no-upper = NO
# $reasons: list
not-qualified-because = no: { $reasons }
# $threshold: number · $value: number
failed-criterion = { $criterion } ({ $value }, needs { $threshold })
failed-criterion-unscored = { $criterion } (not scored)
why-not = Fails mandatory
sessions-used = Sessions used
warnings = Warnings
mean = Mean
median = Median
sensitivity = Sensitivity to group weights
# $count: count · $used: count
files-left-out = { $count ->
    [one] 1 file is
   *[other] { $count } files are
} left out (the reasons are below); the results use the other { $used ->
    [one] session
   *[other] { $used } sessions
}.
no-sessions-here = No evaluation sessions were found here.
no-value = —

## Recovery
recovery-title = Recover unsaved work
recovery-explain = EvalDesk closed last time before it could save. These scores differ from the saved file:
recovery-older = Note: the saved file is newer than this copy (it may have been saved elsewhere).
# $time: when
recovery-who = { $evaluator } — unsaved copy from { $time }
# $disk: msg · $unsaved: msg
recovery-change = { $cell }: { $disk } in the saved file, { $unsaved } in the unsaved copy
recovery-empty = no score
restore = Restore the unsaved copy
keep-file = Keep the saved file, drop the copy
later = Decide later
error-title = Something went wrong

## Files and folders
io-not-found = no such file or folder
io-permission = permission denied
io-is-folder = this is a folder, not a file
io-not-a-file = this is not a regular file
# $size: number
io-too-large = the file is too large ({ $size }) to be an EvalDesk file
io-disk-full = the disk is full
io-read-only = the disk or folder is read-only
io-file-read-only = the file is marked read-only, so EvalDesk does not replace it (clear the read-only mark in its properties to save here)
io-other = { $detail }
verbatim = { $text }
# $value: number
verbatim-number = { $value }
# $value: msg
value-with-note = { $value } (note: “{ $note }”)

## Validation: where
# $column: count · $line: count
place-text = line { $line }, column { $column }
# $place: msg · $problem: msg
located = { $place }: { $problem }
# $problem: msg
in-file = { $file }: { $problem }

## Validation: what
# $reason: msg
p-unreadable = cannot read the file: { $reason }
p-empty = the file is empty
p-not-utf8 = the file is not UTF-8 text (is it an EvalDesk JSON file?)
p-truncated = the file ends too early; it may have been cut off while copying or sending
p-too-deep = the data is nested too deeply; this is not an EvalDesk file
p-number-too-large = a number is too large
# $detail: msg
p-syntax = the text of the file is damaged or was edited by hand incorrectly: { $detail }
syntax-expected-value = a value was expected here (text in quotes, a number, true, false, a list or an object)
syntax-expected-comma = a comma or a closing bracket was expected here
syntax-expected-colon = a colon “:” was expected after the member's name
syntax-key-not-text = a member's name must be text in double quotes
syntax-trailing = there is more text after the end of the data
syntax-trailing-comma = a comma stands just before a closing bracket: remove it
syntax-escape = a backslash “\” in quoted text is not followed by a valid character
syntax-number = a number is not written correctly
syntax-control = an invisible control character (a tab, a line break or a null) is inside quoted text
syntax-other = the text is not laid out as JSON data
p-not-an-object = the file must hold one JSON object {"{"}…{"}"}
p-no-format = not an EvalDesk file: `format` is missing
p-foreign-format = not an EvalDesk file: `format` is "{ $found }", expected "evaldesk.checklist" or "evaldesk.session"
p-wrong-format = expected a "{ $expected }" file but this one is "{ $found }"
# $version: count
p-newer-version = this file was written by a newer EvalDesk (format version { $version }); this program knows version 1 — please update EvalDesk
p-bad-version = `version` must be written 1
p-unknown-member = unknown member `{ $member }` (a typo?)
p-missing-member = this required member is missing
p-duplicate-member = `{ $member }` appears twice
# $expected: msg · $found: msg
p-wrong-type = expected { $expected }, found { $found }
kind-number = a number
kind-whole-number = a whole number
kind-text = text
kind-bool = true or false
kind-list = a list
kind-object = an object {"{"}…{"}"}
kind-null = null
kind-localized-text = text or {"{"}"vi", "en"{"}"}
# $kind: msg
kind-with-value = { $kind } ({ $value })
p-bad-choice = "{ $found }" is not allowed; use one of: { $allowed }
p-structure = unexpected content ({ $detail })
p-empty-id = the id must not be empty
p-duplicate-id = the id "{ $id }" is used twice; first at { $first }
p-empty-text = this text must not be empty
p-no-groups = the checklist has no groups
p-no-criteria = this group has no criteria
p-no-candidates = the list of those to evaluate is empty
# $max: number · $min: number
p-scale-order = scale: min ({ $min }) must be less than max ({ $max })
# $step: number
p-scale-step = the scale's step must be greater than 0 (it is { $step })
# $max: number · $min: number · $step: number
p-scale-not-whole = the range { $min } to { $max } is not a whole number of steps of { $step }
p-not-finite = the number must be finite
# $level: number
p-level-off-scale = level { $level } is not on the scale
# $level: number
p-duplicate-level = level { $level } already has a label
# $weight: number
p-weight-not-positive = the weight must be greater than 0 (it is { $weight })
p-numeric-needs = a numeric criterion needs `{ $member }`
p-threshold-needed = a mandatory numeric criterion needs a `threshold`
p-only-for-numeric = `{ $member }` applies only to numeric criteria (kind: numeric)
# $max: number · $min: number · $value: number
p-threshold-out-of-range = the threshold { $value } is outside { $min } to { $max }
# $expected: count · $found: count
p-matrix-size = the pairwise matrix must be { $expected } × { $expected }, one row and column per item; found { $found }
# $size: count
p-matrix-too-large = a { $size } × { $size } pairwise matrix is too large: at most 15 items
# $column: count · $row: count
p-matrix-not-positive = the entry in row { $row }, column { $column } must be a positive number
# $row: count
p-matrix-diagonal = the diagonal entry (row { $row }, column { $row }) must be 1
# $column: count · $from-column: count · $from-row: count · $row: count
p-matrix-not-reciprocal = the entry in row { $row }, column { $column } must be 1 / the entry in row { $from-row }, column { $from-column }
p-bad-timestamp = the time "{ $time }" is not in the expected form, e.g. 2015-04-20T08:00:00+07:00
p-unknown-criterion = there is no criterion "{ $id }" in the checklist
p-unknown-candidate = "{ $id }" is not among those evaluated in this session
# $first: count
p-duplicate-score = criterion "{ $criterion }" for "{ $candidate }" is already scored at scores[{ $first }]
p-value-and-na = a score cannot have both a value and N/A
p-no-value = a score needs a `value` or `na: true`
# $max: number · $min: number · $value: number
p-value-out-of-range = the score { $value } is outside the scale { $min } to { $max }
# $step: number · $value: number
p-value-off-step = the score { $value } is not on the scale's steps of { $step }
# $value: number
p-yes-no-value = a yes/no criterion takes 0 or 1, not { $value }
# $value: number
p-negative-value = the value must not be negative ({ $value })
# $count: count
p-incomplete = the session is submitted but { $count ->
    [one] 1 score is
   *[other] { $count } scores are
} missing: { $list }
p-seal-missing = a submitted session must carry a `seal`
p-seal-malformed = the seal must be 64 lowercase hex characters (SHA-256)
p-seal-mismatch = the seal does not match: the file was changed after it was submitted
p-seal-on-draft = a draft must not carry a seal: this session was submitted, then changed back to a draft outside EvalDesk; use the submitted file, or "Copy as new draft"
# $first-line: count · $line: count
p-repeated-member = `{ $member }` is written twice in this object (lines { $first-line } and { $line }): a file must say each thing once, so it is refused
p-same-session = is the same session as { $other } (the same id) with different content — most likely one is a conflict copy: open both, keep the right one and move the other out of the folder
p-grades-empty = `grades`, when given, needs at least one band
# $value: number
p-grade-out-of-range = a grade's `min` must be from 0 to 100, not { $value }
# $min: number · $previous: number
p-grades-not-decreasing = the grades must go from the highest band down: { $min } is not below the band before it ({ $previous })
# $value: number
p-last-grade-not-zero = the last grade must start at 0 (it starts at { $value }), so that every total has a grade
p-different-checklist = was scored against a different checklist than { $other }
p-different-candidates = names "{ $id }" "{ $name }", but { $other } names it "{ $other_name }": one id must mean the same one in every session

## Saving, locks, conflicts
# $reason: msg
save-failed = Could not save { $file }: { $reason }. The old file is untouched.
# $reason: msg
save-backup-failed = Could not save { $file }: its previous version could not be kept as { $backup } ({ $reason }). Nothing was changed; move or rename { $backup } and save again.
conflict = Someone changed { $theirs } after you opened it. So that nothing is lost, your version was saved as { $ours }; theirs is kept as it is.
file-exists = { $file } already exists; choose another name.
# $owner: msg · $since: when
lock-holder = { $owner } (computer { $machine }, since { $since })
ro-submitted = This session is submitted and sealed, so it is read-only. Use “Copy as new draft” to keep scoring.
# $who: msg
ro-locked-by = { $who } has this session open for scoring, so it is read-only for you.
# $who: msg
ro-stale-lock = This session is still locked by { $who }, who seems to have closed EvalDesk. You may take it over if you are sure nobody else is using it.
# $reason: msg
ro-cannot-lock = The session cannot be locked for scoring ({ $reason }), so it is read-only.

## Scoring warnings
w-unqualified = { $name } is not qualified: it fails the mandatory { $list }.
# $cr: number · $limit: number
w-inconsistent-groups = The pairwise comparisons between the groups are inconsistent: CR = { $cr } > { $limit }.
# $cr: number · $limit: number
w-inconsistent-group = The pairwise comparisons between the criteria of group { $group } are inconsistent: CR = { $cr } > { $limit }.
w-unscored = Nobody scored { $criterion } for { $candidate }; it does not count for { $candidate }.
# $max: number · $min: number
w-disagreement = Evaluators disagree on { $criterion } for { $candidate }: from { $min } to { $max }.
# $count: count
w-drafts = { $count ->
    [one] 1 session is still a draft, not submitted
   *[other] { $count } sessions are still drafts, not submitted
}: { $list }.

## Sensitivity
# $now: number · $subject: subject
sens-robust = { $group } { $title } (now { $now }): robust — no weight on it changes the { $subject ->
        [agency] leading agency
       *[product] leader
    }.
# $now: number · $share: number
sens-above = { $group } { $title }: if its weight rose above { $share } (now { $now }), { $to } would lead instead of { $from }.
# $now: number · $share: number
sens-below = { $group } { $title }: if its weight fell below { $share } (now { $now }), { $to } would lead instead of { $from }.

# $now: number · $share: number · $subject: subject
critical-group = The smallest change of one group's weight that changes the { $subject ->
        [agency] leading agency
       *[product] winner
    }: { $group } { $title } from { $now } to { $share }.
# $subject: subject
critical-none = No single group's weight changes the { $subject ->
        [agency] leading agency
       *[product] winner
    }.
# $share: number
robustness-exact = If the panel were drawn again from the same evaluators, { $name } would come first in { $share } of cases.
# $draws: count · $share: number
robustness-sampled = If the panel were drawn again from the same evaluators, { $name } would come first in { $share } of cases (estimated from { $draws } random draws; it may move by about one point).

## Terminal summary
sum-title = EVALUATION RESULTS — { $title } ({ $id })
# $aggregation: msg · $count: count
sum-intro = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}, evaluators' values combined by { $aggregation }; scores out of 100.
agg-mean = the mean
agg-median = the median
# $list: list
sum-fails = { $name } fails the mandatory criteria: { $list }
sum-groups = Groups and weights:
sum-sensitivity = Sensitivity (changing one group's weight, the others keeping their proportions):
sum-warnings = Warnings:

## Command line
cli-no-command = no command or file "{ $word }"; the commands are validate, summary, charts, report, submit, checklist (see evaldesk --help)
cli-headless = this build of EvalDesk has no window (it was built without the "gui" feature); use a command: validate, summary, charts, report, submit, checklist (see evaldesk --help)
# $checklists: count · $invalid: count · $problems: count · $reviews: count · $sessions: count · $total: count · $valid: count
cli-checked = Checked { $total ->
    [one] 1 file
   *[other] { $total } files
}: { $valid } valid ({ $checklists ->
    [one] 1 checklist
   *[other] { $checklists } checklists
}, { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
}{ $reviews ->
    [0] {""}
    [one] , 1 review
   *[other] , { $reviews } reviews
}), { $invalid } invalid ({ $problems ->
    [one] 1 problem
   *[other] { $problems } problems
}).
cli-already-submitted = this session is already submitted (seal fingerprint { $fingerprint }); it cannot be submitted again
# $count: count
cli-missing = cannot submit yet: { $count ->
    [one] 1 score is
   *[other] { $count } scores are
} missing:
cli-submitted = Submitted and sealed { $file }.
cli-fingerprint = Seal fingerprint (write it on the signed paper copy): { $fingerprint }
cli-full-sha = Full SHA-256: { $sha }
# $reason: msg
cli-sealed-output-failed = The session is submitted and sealed on disk (fingerprint { $fingerprint }), but this could not be printed: { $reason }
identical-copy = { $dropped } is a byte-for-byte copy of { $kept }: the session is counted once.
cli-ignored = Not read (not a session or checklist file): { $file }
cli-no-sessions = No evaluation sessions (*.evaluation.json) were found in the paths given.
cli-renderer-fallback = the default renderer could not start ({ $error }); trying OpenGL instead.
cli-no-window = could not open a window: { $error }

## Charts
chart-totals = Total score (out of 100)
# $reasons: list
chart-not-qualified = not qualified: { $reasons }
# $subject: subject
chart-head-to-head = { $subject ->
        [agency] Where each agency leads
       *[product] Where each product wins
    }
chart-head-to-head-note = Each group's part of the difference between the totals, in points
chart-overall = Overall difference
chart-groups = Scores by group (out of 100)
chart-groups-note = Each group's weight in brackets
# $weight: number
chart-group-label = { $group } ({ $weight })
# $reason: msg
chart-write-failed = Could not write the chart { $file }: { $reason }
cli-chart-written = Written: { $file }
chart-contributions = What each total is made of
chart-contributions-note = Each group's points in the total: its weight share × its score
chart-radar = Profile by group (out of 100)
chart-radar-note = The further from the centre, the better
chart-spread = Each evaluator's total
# $aggregation: msg
chart-spread-note = Circles: one evaluator each; thick bar: { $aggregation } the results use
chart-spread-result = result { $total }
chart-sensitivity = If the weight of { $group } changed
chart-sensitivity-note = Each total as this group's weight goes from 0 to 100 %, the other groups keeping their proportions
chart-today = today { $share }
chart-axis-weight = weight of { $group }
chart-sensitivity-grid = Would another weight change the leader?
chart-sensitivity-grid-note = One panel per group: the totals as its weight goes from 0 to 100 %; dashed line: its weight today
chart-grid-robust = no weight changes the leader
chart-robustness = If the panel were drawn again
# $count: count
chart-robustness-exact = { $count ->
    [one] Share of wins with the one evaluator drawn again (exact)
   *[other] Share of wins over every way of drawing { $count } evaluators again from the same { $count } (exact)
}
# $count: count · $draws: count
chart-robustness-sampled = { $count ->
    [one] Share of wins over { $draws } panels drawn again from the one evaluator (random, seeded)
   *[other] Share of wins over { $draws } panels drawn again from the same { $count } evaluators (random, seeded)
}
chart-grid-changes = the leader changes at { $shares }
# $margin: number · $total: number
results-headline = { $name } ranks first with { $total } points, { $margin } points ahead of { $second }.
# $total: number
results-headline-alone = { $name }: { $total } points.
results-qualified = It meets every mandatory criterion.
# $reasons: list · $subject: subject
results-unqualified = No { $subject ->
        [agency] agency
       *[product] candidate
    } meets every mandatory criterion; { $name } fails { $reasons }.
results-charts = Charts
chart-tab-totals = Totals
chart-tab-head-to-head = Where each wins
chart-tab-groups = By group
chart-tab-contributions = Make-up
chart-tab-radar = Radar
chart-tab-spread = Evaluators
chart-tab-sensitivity = Sensitivity
chart-tab-sensitivity-grid = Every group
chart-tab-robustness = Panel
export-charts = Export charts…
# $done: count · $total: count
export-progress = Writing files: { $done } of { $total }
# $count: count
export-done = { $count ->
    [one] One chart file written to { $folder }.
   *[other] { $count } chart files written to { $folder }.
}
what-if = Try other weights
what-if-banner = Changed weights — not the checklist's. Nothing is saved.
what-if-reset = Back to the checklist's weights
what-if-robustness = Robustness to the panel is for the checklist's weights.
# $line: msg
what-if-robustness-line = With the checklist's weights: { $line }
what-if-hint = Drag a group's weight or type it; the other groups keep their proportions.
evaluators = Evaluators
submitted-only = Submitted only
counted = Counted
status-no-scores = no score at all: not counted unless ticked
# $files: count
results-reading = Reading { $files } files…
# $sessions: count
results-computing = Computing the results of { $sessions } sessions…
no-session-counted = No session is counted: tick at least one below.
not-sealed = not sealed
disagreements = Where the evaluators disagree
disagreement-row = { $criterion } — { $candidate }: from { $min } to { $max }
no-disagreement = The evaluators agree on every criterion.
value = Value
groups-detail = Groups and their criteria
result = Grade
seal-column = Seal
groups-detail-note = Each cell: the value the results use (its score out of 100); below it, each evaluator's value. Point at a cell for the notes.
done-title = Done
export-size = Picture size
# $reason: msg
settings-unreadable = Could not read the report settings file { $file }: { $reason }
# $column: count · $line: count · $reason: msg
settings-bad = Report settings file { $file }, line { $line }, column { $column }: { $reason }
settings-bad-date = Report settings file { $file }: the date "{ $date }" must be a date from 1900 written YYYY-MM-DD, for example 2015-04-22
report-number = No. { $number }/BC-{ $short }
report-place-date = { $place }, { $day }/{ $month }/{ $year }
report-nation = SOCIALIST REPUBLIC OF VIETNAM
report-motto = Independence - Freedom - Happiness
report-title = REPORT
report-subject = Results of the evaluation against { $checklist }
report-to = To: { $to }
report-recipients = Recipients:
report-recipient-to = - As above;
report-archive = - Archived: VT, { $short }.
report-s-purpose = Purpose and scope
# $aggregation: msg · $candidates: list · $criteria: count · $evaluators: count · $groups: count
report-purpose = This report presents the evaluation of { $candidates } against "{ $checklist }" ({ $groups } groups, { $criteria } criteria), scored independently by { $evaluators ->
    [one] one evaluator
   *[other] { $evaluators } evaluators
}; their values are combined by { $aggregation }. Every figure in it can be checked by hand with the section "Method".
report-s-checklist = The checklist and its weights
# $groups: count
report-checklist-intro = The criteria fall into { $groups } groups; a group's weight is its share of the total of 100.
report-col-group = Group
report-col-title = Title
report-col-criteria = Criteria
report-sources = The criteria are drawn from: { $sources }.
report-s-evaluators = The evaluators
# $names: list
report-drafts = Note: { $names } have not submitted (draft, not sealed); their scores are counted.
report-s-results = Results
report-groups-table = Scores by group (out of 100):
report-s-charts = Charts
report-figure = Figure { $number }. { $title }
report-s-safety = How safe the decision is
report-sensitivity-intro = If the weight of one group changed (the others keeping their proportions):
report-s-disagreements = Where the evaluators disagreed
report-s-method = Method
# $aggregation: msg · $subject: subject
report-method-1 = For each criterion and { $subject ->
        [agency] agency
       *[product] candidate
    }, the evaluators' values are combined by { $aggregation }; N/A and missing values are left out.
report-method-2 = Values are brought to 0–1: on a scale, (value − lowest) / (highest − lowest); yes/no, 0 or 1; a number where lower is better (price), lowest / this one; where higher is better, this one / highest.
report-method-3 = A group's score = 100 × Σ(criterion weight × 0–1 value) / Σ weights, over the criteria scored; the total = Σ(group weight × group score) / Σ group weights, over the groups scored.
# $subject: subject
report-method-4 = { $subject ->
        [agency] An agency
       *[product] A candidate
    } failing a mandatory criterion keeps its total but ranks below every qualified one; equal totals share a rank.
# $aggregation: msg
report-example = Worked example — criterion { $criterion } for { $candidate }: the evaluators gave { $values }; { $aggregation } is { $value }. On 0–1: ({ $value } − { $low }) / ({ $high } − { $low }) ≈ { $score }. The criterion weighs { $weight } in group { $group }, so it adds { $weight } × { $score } × 100 ≈ { $part } points to the group's score; the parts of all the group's criteria add up to { $groupscore }. Group { $group } weighs { $groupweight } and adds { $groupweight } × { $groupscore } ≈ { $grouppart } points to the total of { $total } for { $candidate }.
report-s-warnings = Warnings
report-no-warnings = None.
report-s-proposal = Proposal
report-proposal = (The proposal is for the secretariat to write.) ……
report-written = Report written to { $folder }: { $files }
report-exists = { $folder } already exists; choose another folder, or add --force to replace it
# $reason: msg
report-failed = Could not write the report to { $folder }: { $reason }. No file was written.
csv-session = Session
csv-group = Group
csv-criterion-title = Criterion title
csv-na = N/A
sheet-totals = Totals
sheet-groups = Group scores
sheet-criteria = Criterion scores
sheet-raw = Every score
sheet-weights = Weights
sheet-agreement = Agreement
sheet-sensitivity = Sensitivity
sheet-charts = Charts
col-value-of = { $candidate }: value
col-score-of = { $candidate }: score 0–1
col-weight-in-group = Weight in group
col-global-weight = Weight in total
col-count = Evaluators
col-min = Lowest
col-max = Highest
col-mean = Mean
col-sd = Standard deviation
col-disagree = Disagree
col-today = Weight today
col-crossing = Leader changes at
col-from = Leader before
col-to = Leader after
col-distance = Points from today
# $reason: msg
io-at = { $file }: { $reason }
cli-bad-date = the date "{ $date }" must be a date from 1900 written YYYY-MM-DD, for example 2015-04-22
report-not-folder = { $folder } is a file, not a folder; choose another name for the report
report-done = The report was written to { $folder }.
export-report = Export report…
# $count: count · $total: count
candidates-covered = This session scores { $count } of the { $total } listed: tick the ones assigned to you.
cover-all = Tick all
cover-none = Untick all
scored-here = Scored
# $count: count
one-at-a-time = { $count } to score, one at a time (Left and Right arrow keys):
# $done: count · $total: count
candidate-progress = { $name } — { $done }/{ $total } scored
chart-not-qualified-short = not qualified
chart-head-to-head-top = Each group's part of the difference between the totals, in points: the leader against the next three

## Criteria from a spreadsheet
sheet-place-sheet = sheet “{ $sheet }”
sheet-place-row = row { $row }
sheet-place-cell = row { $row }, column { $letter } ({ $column })
# $first: msg · $second: msg
sheet-place-and = { $first }, { $second }
sheet-unreadable = the spreadsheet cannot be read: { $detail }
sheet-no-header = the sheet is empty: its first row must name the columns (group, id, title_vi, …)
sheet-no-rows = the sheet names its columns but has no criterion below them
sheet-unknown-column = “{ $name }” is not a column EvalDesk knows; the columns are: { $known }
sheet-missing-column = the column “{ $name }” is missing
sheet-duplicate-column = the column “{ $name }” appears twice
sheet-empty-cell = this cell is empty and must have a value
sheet-not-number = “{ $text }” is not a number
sheet-not-yes-no = “{ $text }” is not yes or no (write yes or no)
sheet-unknown-kind = “{ $text }” is not a kind of criterion: write scale, yes_no or numeric
sheet-unknown-better = “{ $text }” is not a direction: write lower (lower is better) or higher
sheet-unknown-item = “{ $text }” is not an item of this sheet (checklist, scale_min, scale_max, scale_step, level, grade, candidate, group_pairwise, criteria_pairwise)
sheet-bad-matrix = the matrix cannot be read ({ $detail }); write rows like [[1, 3], [0.3333, 1]]
sheet-unknown-group = there is no group “{ $id }” in the criteria sheet
sheet-group-differs = group “{ $group }” already has a different title, weight or source on row { $first_row }
sheet-guide-heading = What each column holds
sheet-col-group = The group's id (e.g. G1). Repeat it on every row of the group.
sheet-col-group-title = The group's title in Vietnamese (group_title_en: in English). Written once, on the group's first row, is enough.
sheet-col-group-weight = The group's weight (any positive number; they are turned into percentages). Empty: 1.
sheet-col-id = The criterion's id, unique in the checklist (e.g. G1.1).
sheet-col-title = The criterion's title in Vietnamese (title_en: in English).
sheet-col-guidance = What the evaluator should check, shown beside the criterion.
sheet-col-source = The rule or document the criterion comes from.
sheet-col-kind = scale (a value on the checklist's scale; the default), yes_no (0 or 1) or numeric (a measured number).
sheet-col-unit = For numeric criteria: the unit, e.g. million đồng/year.
sheet-col-better = For numeric criteria: lower (lower is better) or higher.
sheet-col-mandatory = yes when failing this criterion rules one out.
sheet-col-threshold = The value a mandatory criterion needs (numeric: required).
sheet-col-weight = The criterion's weight within its group (any positive number). Empty: 1.
sheet-col-english = Columns ending in _en hold the English wording; they may be left empty.
sheet-col-checklist-sheet = The sheet “checklist” holds the checklist's id, title, scale, those evaluated, grades and AHP matrices; keep it to import the workbook back unchanged.
level-not-met = Not met
level-fully-met = Fully met

## Checklist editor
new-checklist = New checklist…
edit-copy = Edit a copy
edit-checklist = Edit this checklist
dialog-filter-sheet = Spreadsheets (*.xlsx, *.xls, *.ods, *.csv)
editor-title = Checklist editor
editor-new-title = New checklist
editor-evaluate = Start an evaluation with it
editor-export = Export to Excel…
editor-import = Import criteria from a spreadsheet…
# $count: count
editor-problems = { $count ->
    [one] 1 problem to fix before evaluators use it
   *[other] { $count } problems to fix before evaluators use it
}
editor-tab-criteria = Groups and criteria
editor-tab-weights = Weights
# $subject: subject
editor-tab-settings = Scale, grades, { $subject ->
        [agency] agencies
       *[product] candidates
    }
editor-add-group = Add group
editor-add-criterion = Add criterion
editor-move-up = Up
editor-move-down = Down
editor-remove = Remove
editor-tree-keys = Up/Down: select · Alt+Up/Down: move · Insert: add criterion · Ctrl+Insert: add group · Delete: remove · drag a row onto another to move it
editor-checklist = The checklist
# $criteria: count · $groups: count
editor-checklist-hint = { $groups } groups, { $criteria } criteria. Choose a group or criterion on the left to edit it.
editor-field-id = Id
editor-field-title = Title
editor-field-source = Source (the rule or document it comes from)
editor-field-guidance = Guidance for the evaluator
editor-field-kind = Kind of answer
editor-field-unit = Unit
# $subject: subject
editor-field-mandatory = Mandatory ({ $subject ->
        [agency] an agency that fails it ranks below every one that meets it
       *[product] a candidate that fails it cannot be chosen
    })
editor-field-threshold = needs at least
editor-field-weight = Weight
editor-weight-by-ahp = Set by the pairwise comparisons (AHP) on the Weights tab.
editor-move-to-group = Move to group
editor-kind-scale = Scale
editor-kind-yes-no = Yes / no
editor-kind-numeric = A measured number
editor-better-higher = Higher is better
editor-better-lower = Lower is better
editor-levels = Levels of weights
editor-level-groups = Groups
editor-direct = Direct weights
editor-ahp = Pairwise comparisons (AHP)
editor-direct-hint = Type any positive numbers: what counts is each one's share, shown as a percentage.
editor-ahp-hint = Each cell says how much more important the row is than the column (Saaty's 1–9 scale); 1/x means the column is the more important. The other half is filled in.
editor-weight-positive = must be above 0
editor-global-weights = The weight every criterion ends up with
editor-global-unknown = The weights cannot be computed until every weight is above 0.
# $group: number · $within: number
editor-global-of = { $group } × { $within }
# $ci: number · $cr: number · $lambda: number
editor-consistency = λmax = { $lambda }, CI = { $ci }, CR = { $cr }
editor-consistent-enough = The judgements are consistent enough (CR at most 0.10).
# $consistent: number
editor-revisit = The judgements contradict each other (CR above 0.10). Revisit “{ $row }” against “{ $column }”: you wrote { $current }; the other judgements imply { $consistent }, nearest on the scale { $suggested }.
editor-use-value = Use { $value }
editor-scale = Scale
editor-scale-min = From
editor-scale-max = to
editor-scale-step = in steps of
editor-scale-words = Words for the values (shown to evaluators)
editor-grades = Grades
editor-grades-hint = Bands of the total, highest first; the last starts at 0. Leave empty for no grades.
editor-grade-from = From
editor-add-grade = Add grade
# $subject: subject
editor-candidates = { $subject ->
        [agency] Agencies
       *[product] Candidates
    }
# $subject: subject
editor-candidates-hint = The { $subject ->
        [agency] agencies
       *[product] products
    } an evaluation compares by default; an evaluator may tick only those assigned to them.
# $subject: subject
editor-add-candidate = Add { $subject ->
        [agency] agency
       *[product] candidate
    }
# $holder: msg
editor-locked = { $file } is being edited by { $holder }; it was not opened.
# $count: count
editor-fix-first = { $count ->
    [one] Fix this problem first:
   *[other] Fix these { $count } problems first:
}
# $criteria: count · $groups: count
editor-imported = { $file }: { $groups } groups, { $criteria } criteria imported.
editor-imported-undo = Undo (Ctrl+Z) brings the checklist back as it was.
# $count: count
editor-import-failed = { $count ->
    [one] { $file } was not imported (one problem); the checklist is unchanged:
   *[other] { $file } was not imported ({ $count } problems); the checklist is unchanged:
}
editor-exported = The checklist was written to { $file }.
editor-path-import = Spreadsheet to import:
editor-path-export = Save the workbook as:
saaty-1 = equally important
saaty-2 = slightly more important
saaty-3 = moderately more important
saaty-4 = moderately to strongly more important
saaty-5 = strongly more important
saaty-6 = strongly to very strongly more important
saaty-7 = very strongly more important
saaty-8 = very strongly to extremely more important
saaty-9 = extremely more important
saaty-favours = { $value } — { $item } is { $words }
saaty-cell = “{ $row }” against “{ $column }”: { $judgement }
editor-global-hint = Each criterion's group share × its share within the group. Bars are drawn against the largest.
# $count: count
chart-others = { $count ->
    [one] the other one (grey)
   *[other] the other { $count } (grey)
}
# $count: count
chart-radar-top = The first { $count } in the ranking; the further from the centre, the better (scores by group has everyone)
# $subject: subject
no-overlap = No { $subject ->
        [agency] agency
       *[product] candidate
    } was scored by two evaluators on the same criterion, so there is no agreement to measure.

# issue 23: charts
# $count: count
chart-key-more = { $count ->
    [one] … and one more (every one in the report's tables)
   *[other] … and { $count } more (every one in the report's tables)
}
# $shown: count · $total: count
chart-grid-some = { $shown } of the { $total } groups: first those where another weight changes the leader (the smallest change first), then the heaviest; every group in the report's section on sensitivity
# issue 23: model (numbers that stay finite, nobody counted twice, ties)
# $limit: number
p-too-large = the number { $value } is too large: EvalDesk accepts numbers up to { $limit }, so that every sum it makes stays a number
p-revises-itself = a session cannot revise itself: `revises` names the session's own id
p-same-candidate-name = "{ $id }" is named "{ $name }", like "{ $other_id }" at { $first }: two with one name cannot be told apart in the results; give each its own name, or use one id
p-same-name-other-id = names "{ $id }" "{ $name }", the same name as "{ $other_id }" in { $other }: the committee could not tell the two apart; use one id for it in every session
p-same-evaluator = is by the same evaluator as { $other } ({ $name }), and both score { $candidate }: that evaluator would be counted twice. Keep the right file and move the other out of the folder; a revision made with "Copy as new draft" says which session it replaces, and then only the revision counts
revision-replaces = { $newer } revises { $older } (the same evaluator): only the revision is counted.
# $names: list · $total: number
results-headline-tie = Tied for first place with { $total } points: { $names }.
results-no-result = No result yet: nothing has been scored.
# $names: list
robustness-tie = { $names } are tied for first place, so there is no single winner to test against another draw of the panel.
robustness-no-result = No result yet, so no robustness to the panel: nothing has been scored.
# issue 23: exports
export-not-folder = { $folder } is a file, not a folder; choose another name for the folder to write
export-holds-input = { $folder } holds { $input }, which is being read, so nothing is written there; choose a folder that does not hold the sessions, for example a new folder beside them
export-is-link = { $folder } is a link to another place, so EvalDesk does not replace it; choose a new folder
export-not-ours = { $folder } was not written by EvalDesk (it has no { $manifest } listing the files EvalDesk wrote), so it is not replaced; choose a new folder, or empty this one yourself
export-foreign-file = { $folder } holds { $file }, which EvalDesk did not write, so the folder is not replaced; move that file elsewhere, or choose a new folder
export-changed-file = { $file } was changed after EvalDesk wrote it, so { $folder } is not replaced; keep the changed copy elsewhere, or choose a new folder
# $reason: msg
report-score-failed = { $file }: the score { $evaluator } gave on { $criterion } for { $candidate }: { $reason }
xlsx-too-long = the text is longer than the 32,767 characters a cell can hold
xlsx-too-big = more rows or columns than a worksheet can hold (1,048,576 rows, 16,384 columns)
xlsx-cut = … [cut: the full text is in { $file }]
# $reason: msg
docx-pack-failed = the document could not be put together ({ $reason })
csv-seal = Seal (SHA-256)
sheet-sessions = Sessions
# issue 23: spreadsheet import
sheet-date-not-number = this cell holds a date ({ $date }) where a number belongs: Excel turns 1/2 typed in a cell into a date; write the number as a decimal (0.5)
sheet-no-result = this cell holds a formula whose result was never saved: open the file in Excel (or LibreOffice), save it, and import it again
# $columns: count · $rows: count
sheet-cell-outside = the cell { $cell } holds a value beyond the first { $rows } rows and { $columns } columns (A to { $last }) that EvalDesk reads: delete it, or move the criteria there (in Excel, Ctrl+End goes to the last cell used)
# $cells: count · $mb: count
sheet-too-large = the file is too large to be a sheet of criteria: unpacked, its sheets hold more than { $mb } MB or span more than { $cells } cells
sheet-no-visible-sheet = the workbook has no visible sheet of criteria: every sheet but “checklist” is hidden (unhide the one to import)
sheet-not-a-spreadsheet = this is not a spreadsheet EvalDesk reads (.xlsx, .xls, .ods or .csv)
sheet-read = Criteria read from the sheet “{ $sheet }” (the first visible sheet).
# $count: count
sheet-hidden-sheets = { $count ->
    [one] The hidden sheet { $names } before it was not read.
   *[other] The hidden sheets { $names } before it were not read.
}
# $count: count
sheet-hidden-rows = { $count ->
    [one] Row { $rows } is hidden in the sheet; it was imported like the others (unhide it in Excel to see it, or delete it if it is not a criterion).
   *[other] Rows { $rows } are hidden in the sheet; they were imported like the others (unhide them in Excel to see them, or delete those that are not criteria).
}
sheet-import-reading = Reading { $file }…
# $count: count
sheet-import-cells = { $count ->
    [one] { $count } cell read
   *[other] { $count } cells read
}
cli-checklist-written = Written: { $file }
cli-checklist-out-suffix = the output “{ $file }” must end in { $suffix }
cli-checklist-same-file = the output “{ $file }” is the file being read; choose another name
cli-checklist-exists = { $file } already exists; choose another name, or add --force to replace it
# $count: count
cli-checklist-not-imported = { $file } was not imported ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
}); nothing was written:
export-is-input = { $folder } is being read (it holds the sessions), so nothing is written there; choose another folder, for example a new folder beside it
# $subject: subject
robustness-not-applicable = Robustness to the panel does not apply: the evaluators scored different { $subject ->
        [agency] agencies (or an agency assessed itself)
       *[product] candidates
    }, so drawing the panel again would only compare them on different evaluators and tells nothing.
# $subject: subject
chart-robustness-not-applicable = The evaluators scored different { $subject ->
        [agency] agencies
       *[product] candidates
    }

# issue 24: windows
save-held-open = Could not save { $file }: another program has it open (the preview in File Explorer, an antivirus scan, or EvalDesk on another PC). The file is unchanged and nothing is lost: close that program, or wait a moment, and save again.
windows-file-description = EvalDesk: scoring software and agencies against a weighted checklist
installer-run = Open EvalDesk now
installer-guide = Read the user's guide
installer-guide-file = GUIDE.txt
installer-shortcut = Score software and agencies against a weighted checklist
installer-kept = Your sessions (Documents\EvalDesk), settings and recovery copies (%APPDATA%\EvalDesk) are kept.

# issue 26: reviews (the panel's consensus, the council's appraisal)
p-review-empty-reason = a decision needs its reason: write why the panel agreed this value
# $first: count
p-review-duplicate-decision = criterion "{ $criterion }" for "{ $candidate }" is already decided at decisions[{ $first }]: one cell has one decision
p-review-bad-date = the date "{ $date }" is not in the form YYYY-MM-DD, e.g. 2015-04-28
p-review-pin-malformed = a fingerprint must be 64 lowercase hex characters (SHA-256)
# $first: count
p-review-session-twice = the session "{ $id }" is already listed at sessions[{ $first }]
p-review-other-checklist = the review was made on the checklist "{ $review }", but the sessions use "{ $sessions }"
p-review-checklist-changed = the sessions' checklist is not the one the review was made on: its content has changed since
p-review-session-missing = the session "{ $id }", which the panel decided on, is not among the files read: put it back beside the others (or make a new review of the sessions there are)
p-review-session-changed = the session "{ $id }" in { $file } has changed since the review was made: the panel decided on other scores
p-review-session-added = { $file } holds the session "{ $id }", which the review does not cover: the panel did not see its scores; move it out of the folder or make a new review
p-review-unknown-candidate = "{ $id }" is not among those evaluated in the sessions reviewed
p-review-seal-missing = a final review must carry a `seal`
p-review-seal-mismatch = the seal does not match: the review was changed after it was closed
p-review-seal-on-draft = a draft review must not carry a seal: this review was closed, then changed back to a draft outside EvalDesk; use the final file, or "Copy as new draft"
p-review-revises-itself = a review cannot revise itself: `revises` names the review's own id
p-review-two = is a second review of these sessions, beside { $other }, and neither revises the other: keep the right one and move the other out of the folder
review-replaces = { $newer } revises the review { $older }: only the revision is used.
w-review-draft = The results include the decisions of a consensus meeting whose minutes are still a draft: they may still change.
w-appraisal-draft = The results include the decisions of an appraisal that is still a draft: they may still change.
declare-no-conflict = I declare that I have no conflict of interest with any of the parties evaluated
declaration-column = No conflict declared
declared-yes = yes
declared-no = not declared
# $count: count
undeclared-sessions = { $count ->
    [one] One session counted has no declaration of no conflict of interest: { $names }.
   *[other] { $count } sessions counted have no declaration of no conflict of interest: { $names }.
}

# The meeting screen: the panel's consensus (or the council's appraisal), recorded by the chair
mt-open-consensus = Consensus meeting
mt-open-appraisal = Appraisal
mt-ro-final = These minutes are closed and sealed, so they are read-only.
# $who: msg
mt-ro-locked-by = { $who } has these minutes open, so they are read-only for you.
# $who: msg
mt-ro-stale-lock = These minutes are still locked by { $who }, who seems to have closed EvalDesk. You may take them over if you are sure nobody else is using them.
# $reason: msg
mt-ro-cannot-lock = The minutes cannot be locked for editing ({ $reason }), so they are read-only.
mt-back = « Results
mt-meeting = The meeting: date, place, who was there
mt-date = Date (YYYY-MM-DD)
mt-bad-date = “{ $date }” is not a date in the form YYYY-MM-DD (e.g. 2015-04-28): it is kept only once it is one.
mt-place = Place
mt-chair = Chair
mt-secretary = Secretary
mt-members = Members
mt-member-name = Name
mt-member-role = Role
mt-present = Present
mt-add-member = Add a member
mt-remove-member = Remove
mt-apply-meeting = Keep these details
# $count: count
mt-flagged = Where the evaluators disagree: { $count ->
    [one] 1 cell
   *[other] { $count } cells
}
mt-search = Find any cell: criterion id or title, or a name scored
# $count: count
mt-found = { $count ->
    [one] 1 cell found
   *[other] { $count } cells found
}
mt-no-match = No cell matches “{ $search }”.
mt-choose-cell = Choose a cell on the left (the up and down arrow keys), then Enter to type the agreed value.
mt-evaluators = Each evaluator’s value and note
mt-not-scored = not scored
# $value: number
mt-aggregate = Today’s aggregate: { $value }
mt-aggregate-none = Today’s aggregate: not scored
mt-agreed = Agreed value
mt-reason = Reason (required)
mt-decide = Decide (Ctrl+Enter)
mt-need-reason = Write the reason first: a decision needs one.
mt-need-value = Type the agreed value, choose a level, or N/A.
# $reason: msg
mt-bad-value = This value cannot be agreed: { $reason }.
mt-undecide = Remove this decision
# $before: text · $after: text
mt-before-after = Decided: from { $before } to { $after }
# $who: text · $at: when
mt-decided-by = recorded by { $who }, { $at }
mt-decided-mark = decided
# $count: count
mt-decisions = { $count ->
    [one] One decision so far
   *[other] { $count } decisions so far
}
mt-standing = As the results stand with the decisions so far:
# $rank: count · $total: number
mt-rank = { $rank }. { $name }: { $total }
mt-finalize = End the meeting, close the minutes…
mt-finalize-confirm = Close the minutes? They are then sealed and can no longer change: every decision stays as it is now.
mt-finalize-yes = Close and seal
# $fingerprint: text
mt-finalized = The minutes are closed and sealed (fingerprint { $fingerprint }). The results now include these decisions.
mt-save = Save (Ctrl+S)
mt-nothing-counted = No session is counted, so there is nothing for a meeting to decide.
# $file: text
mt-file = Minutes: { $file }
cli-review-already-final = these minutes are already closed (seal fingerprint { $fingerprint }); they cannot change: "Copy as new draft" makes a revision
cli-review-closed = Closed and sealed the minutes { $file }.
cli-review-not-closed = the minutes were not closed: they do not hold against the sessions beside them

# review-report: the panel's decisions in the report, the minutes, the workbook, the CSV, the summary
rv-rep-s-consensus = Consensus meeting decisions
rv-rep-s-appraisal = Appraisal decisions
rv-rep-meeting-consensus = the consensus meeting
rv-rep-meeting-consensus-on = the consensus meeting of { $date }
rv-rep-meeting-appraisal = the appraisal meeting
rv-rep-meeting-appraisal-on = the appraisal meeting of { $date }
# $count: count · $meeting: msg
rv-rep-includes = These results include { $count ->
    [one] the one decision
   *[other] the { $count } decisions
} of { $meeting }.
# $count: count · $meeting: msg
rv-rep-includes-draft = These results include { $count ->
    [one] the one decision
   *[other] the { $count } decisions
} of { $meeting }, whose minutes are still a draft: they may still change.
# $aggregation: msg
rv-rep-intro = Each row is a value the meeting agreed, beside each evaluator's own value, the value before the meeting (the evaluators' values combined by { $aggregation }) and the reason.
rv-rep-none = The meeting changed no value.
rv-rep-col-evaluators = Each evaluator
rv-rep-col-before = Before
rv-rep-col-agreed = Agreed
rv-rep-col-reason = Reason
rv-rep-col-by = Recorded by
rv-rep-col-at = Recorded at
rv-rep-na = N/A
rv-rep-col-declared = No conflict of interest declared
rv-rep-sum-consensus = The panel's decisions:
rv-rep-sum-appraisal = The appraisal council's decisions:
rv-rep-sum-line = { $criterion } × { $candidate }: { $before } → { $value } — { $reason }
rv-rep-sheet = Decisions
minutes-number = No. { $number }/BB-{ $short }
minutes-draft = DRAFT
minutes-title = MINUTES
minutes-subject-consensus = Consensus meeting on the results of the evaluation against { $checklist }
minutes-subject-appraisal = Appraisal meeting on the self-assessments against { $checklist }
minutes-s-time = Time and place
minutes-began = Began: …… h ……, on { $day }/{ $month }/{ $year }.
minutes-place = Place: { $place }.
minutes-s-who = Participants
minutes-chair = Chair: { $name }.
minutes-secretary = Secretary: { $name }.
minutes-present = Members present:
minutes-absent = Members absent:
minutes-nobody = none.
minutes-s-content = Proceedings
minutes-disputed = The meeting went through the criteria on which the evaluators' values differed:
minutes-no-disputed = The evaluators' values differed on no criterion.
# $count: count
minutes-decided = The meeting discussed and agreed { $count ->
    [one] the following value
   *[other] the following { $count } values
}, each with its reason:
minutes-no-decision = The meeting kept every value as the evaluators scored it.
minutes-s-conclusion = Conclusion
# $subject: subject
minutes-ranking = With the values agreed, the { $subject ->
        [agency] agencies
       *[product] candidates
    } rank as follows:
minutes-ended = The meeting ended at …… h …… the same day. The minutes were read out to the members present, who heard them and agreed.
minutes-secretary-sign = SECRETARY
minutes-chair-sign = CHAIR
minutes-sign-hint = (Signature and full name)
minutes-to-members = - The members present;
minutes-col-no = No.
review-left-out = The review { $file } is not in these results: it was made on other sessions than those counted.
mt-review-not-for-these = The consensus meeting cannot start: the review beside these sessions was made on others. Count the sessions it covers, or move it out of the folder.
mt-reviews-refused = The consensus meeting cannot start: the folder holds more than one review (listed above). Keep the right one and move the others out of the folder.
minutes-declared = Evaluators who declared, on submitting, no conflict of interest with the parties evaluated: { $names }.
minutes-not-declared = Evaluators who have not declared the absence of a conflict of interest: { $names }.

## The meeting: recovered minutes, revising drafts, stale locks (mt2-)

mt2-restore = Restore the unsaved minutes
# $time: when
mt2-recovery-who = Minutes of the meeting — unsaved copy from { $time }
# $disk: msg · $unsaved: msg
mt2-recovery-change = { $criterion } × { $candidate }: { $disk } in the saved file, { $unsaved } in the unsaved copy
mt2-recovery-none = no decision
# $value: msg
mt2-recovery-decision = { $value } (reason: { $reason })
mt2-restored = The minutes { $file } were restored and saved. Open the meeting again from the results to go on.
mt2-copy-as-draft = Copy as new draft
mt2-copied = The new draft { $file } revises the closed minutes; the results use this draft from now on.
mt2-take-over = Take over the minutes
lock-unknown-user = a user whose name the system did not give
drill-aggregate = { $value } ({ $points } points)

## Self-assessments, their evidence, periods (self-)

# $count: count
self-p-covers-one = a self-assessment covers exactly one agency, itself: this one covers { $count ->
    [one] 1 agency
   *[other] { $count } agencies
}
self-p-evidence-no-ref = an evidence item needs "ref" (the document's number or name) or "file" (the attached file), or both
self-p-evidence-bad-date = the date "{ $date }" is not in the form YYYY-MM-DD, e.g. 2015-03-31
self-p-evidence-path = the evidence file "{ $file }" must be a relative path with / below the session's own folder (no "..", no drive letter, no leading /, no backslash)
self-p-evidence-no-sha = the evidence file "{ $file }" needs its "sha256", so that a later change to the file is noticed
self-p-evidence-sha-malformed = an evidence file's "sha256" must be 64 lowercase hexadecimal characters
self-p-evidence-changed = the evidence file { $file } has changed since it was attached: its SHA-256 is no longer the one the session records
self-p-evidence-missing = the evidence file { $file } is not there (the score stands, but its evidence cannot be checked)
self-p-evidence-required = criterion "{ $criterion }" requires evidence: give an evidence item, or a note saying why there is none
self-p-different-period = this session belongs to the period "{ $period }", { $other } to "{ $other_period }": one aggregation takes the sessions of one period
self-p-two-self = { $other } is also a self-assessment of "{ $candidate }": one agency has one self-assessment per aggregation
# $count: count · $limit: number
editor-valid-with-warning = Valid, with a warning: { $count ->
    [one] one pairwise comparison matrix is
   *[other] { $count } pairwise comparison matrices are
} not consistent enough (CR above { $limit })
note-waiting = This note waits for the cell's score: it is saved with its first value or N/A.
copy-mark = (copy)
own-checklists = The department's own checklists

## Categories (ranking blocks) and criteria that apply to some (cat-)

cat-none = none
cat-p-unknown = there is no category "{ $id }" in the checklist (its categories: { $known })
cat-p-no-categories = the checklist has no categories: list them in its "categories" first
cat-p-empty-applies-to = "applies_to" lists no category: the criterion would apply to none
cat-p-outside-group = the category "{ $id }" is not among those its group { $group } applies to
# $here: msg · $listed: msg
cat-p-not-the-checklists = "{ $candidate }" has the category { $here } here but { $listed } in the checklist
cat-p-does-not-apply = criterion { $criterion } does not apply to { $candidate } ({ $category }): it must not be scored
cat-p-does-not-apply-none = criterion { $criterion } does not apply to { $candidate } (no category): it must not be scored
# $category: msg · $other_category: msg
cat-p-two-categories = puts "{ $id }" in the category { $category }, but { $other } puts it in { $other_category }: each has one category
keys-read-only = Keys: up/down: criterion · left/right: column · Ctrl+F: filter · this session is read-only: no key changes a score
open-folder = Open the folder
# $reason: msg
open-folder-failed = The folder { $folder } could not be shown: { $reason }
cell-not-applicable = does not apply
cell-not-applicable-why = This criterion does not apply to this agency's block: it is not scored, and never missing.

## Bundled agency checklist, its blocks and evidence in criteria sheets (data-)
data-sheet-col-applies-to = The blocks (category ids, separated by commas, e.g. huyen) the criterion applies to; empty: every block. The ids are listed on the sheet “checklist”, item category.
data-sheet-col-evidence = required (or bắt buộc) when a self-assessment's scores on this criterion need evidence; empty: not required.
data-sheet-unknown-evidence = “{ $text }” is not an evidence rule: write required (or bắt buộc), or leave it empty
data-sheet-unknown-subject = “{ $text }” is not a subject this sheet knows: write product or agency
data-sheet-unknown-item = “{ $text }” is not an item of this sheet (checklist, subject, scale_min, scale_max, scale_step, level, grade, category, candidate, group_pairwise, criteria_pairwise)
## A self-assessment in the app: the form, evidence, submitting (selfui-)

selfui-kind = Kind of session
selfui-kind-evaluation = Evaluation (by experts)
selfui-kind-self = Agency self-assessment
selfui-self-explained = The agency scores itself against the checklist, with evidence for each score; the council appraises it afterwards.
selfui-agency = The agency assessing itself
selfui-pick-agency = Choose the agency…
selfui-period = Period
selfui-period-hint = e.g. 2015-Q2
selfui-need-agency = Choose the agency that assesses itself.
selfui-no-agencies = This checklist lists no agency: the agency assessing itself must be on its list.
selfui-heading = Self-assessment of { $agency }
selfui-heading-period = Self-assessment of { $agency } · period { $period }
selfui-evidence = Evidence
selfui-evidence-none = No evidence yet.
selfui-evidence-needs-score = Score this cell first, then add its evidence.
selfui-evidence-required = This criterion requires evidence: add a document or a file, or a note saying why there is none.
selfui-attach = Attach a file…
selfui-attach-why = The file is copied into the minh-chung/ folder beside the session file, with its SHA-256, so that a later change to it is noticed.
selfui-ref = Document number
selfui-date = Date (YYYY-MM-DD)
selfui-title = Title
selfui-page = Page
selfui-add-ref = Add the document
selfui-need-ref = Enter the document's number.
selfui-bad-date = The date "{ $date }" is not in the form YYYY-MM-DD, e.g. 2015-03-31.
selfui-item-date = dated { $date }
selfui-item-page = page { $page }
selfui-open = Open
selfui-open-why = Open the file with the computer's own viewer.
selfui-remove = Remove
selfui-remove-why = Take this evidence off the score. The copy in minh-chung/ stays: it may be used elsewhere.
selfui-needs-evidence = needs evidence
selfui-needs-evidence-why = This criterion requires evidence: add a document or a file in the panel on the right, or a note saying why there is none.
# $reason: msg
selfui-open-failed = The file { $file } could not be opened: { $reason }
# $reason: msg
selfui-attach-read-failed = The file { $file } could not be read: { $reason }
# $reason: msg
selfui-attach-write-failed = The file could not be copied into the folder { $folder }: { $reason }
selfui-no-dialog = The system's file dialog cannot open on this computer, so no file can be attached. Give the document's number, date, title and page instead.
# $count: count
selfui-lacking-count = Of these, { $count ->
    [one] 1 cell lacks
   *[other] { $count } cells lack
} evidence or a note saying why there is none.
selfui-lacking-cell = { $cell }: evidence missing, or a note saying why there is none
## The council's appraisal of the agencies' self-assessments (appr-)

appr-title = Appraisal council on the self-assessments
appr-title-period = Appraisal council on the self-assessments of { $period }
appr-agencies = Agencies
# $done: count · $total: count · $changed: count
appr-progress = { $name }: reviewed { $done }/{ $total } · changed { $changed }
appr-not-self = { $name }: no self-assessment
appr-criteria-of = Criteria of { $name }
appr-claimed = Claimed by the agency: { $value }
appr-note = Its note: { $note }
appr-evidence = Evidence
appr-no-evidence = No evidence given.
appr-page = p. { $page }
appr-open = Open
appr-accept = Accept
appr-accept-reason = Matches the evidence
appr-nothing-claimed = The agency gave no value here: type the council's value and its reason.
appr-or-change = Or change it: the council's value (or N/A), with the reason (required).
appr-decided = Decided: { $value } ({ $reason })
appr-section = Self-assessments and the appraisal
appr-col-agency = Agency
appr-col-claimed = Claimed
appr-col-appraised = After appraisal
appr-col-difference = Difference
appr-col-changed = Criteria changed
appr-col-criterion = Criterion
appr-col-reason = Reason
# $value: number
appr-points = { $value }
# $count: count
appr-changes-of = { $name }: { $count ->
    [one] one criterion changed
   *[other] { $count } criteria changed
}
appr-by-evaluators = as the department's evaluators scored it
appr-no-changes = The appraisal changed no claimed value.
appr-changed-cells = The values the appraisal changed
appr-minutes-council = Appraisal council
# $count: count
appr-minutes-agency = { $name }: { $count ->
    [one] one value changed
   *[other] { $count } values changed
}
appr-csv-claimed-total = Total claimed
appr-csv-appraised-total = Total after appraisal
appr-minutes-changes = The values the council changed, agency by agency:
appr-minutes-line = { $criterion }: from { $claimed } to { $appraised } ({ $reason })
appr-minutes-who = Council: { $title }.
## The year: several periods side by side (evaldesk trend)
trend-title = Results across periods: { $periods }
trend-block-rank = Rank in block
trend-overall-rank = Overall rank
trend-mean = Mean
trend-change = Since the period before
# $places: count
trend-up = ▲ { $places }
# $places: count
trend-down = ▼ { $places }
trend-same = =
trend-no-block = No block
trend-unqualified-note = * failed a mandatory criterion in at least one period: ranked after those that did not.
trend-period-failed = The period { $folder } could not be computed: see the problems above.
trend-other-checklist = Note: the period { $folder } uses the checklist { $checklist }, not { $first } as the first period does; these periods' figures measure different things.
chart-trend-totals = Totals across the periods (in the year's rank order)
chart-trend-rank-changes = Places moved since the period before
chart-trend-since = From { $from } to { $to }; a dash: not scored in both
# $places: count
chart-trend-up = { $places ->
    [one] up one place
   *[other] up { $places } places
}
# $places: count
chart-trend-down = { $places ->
    [one] down one place
   *[other] down { $places } places
}
year-subject = Results and ranking of IT application, { $year }
year-s-periods = The periods assessed
# $count: count
year-periods-intro = { $count ->
    [one] The year's results come from one period, computed on its own checklist, sessions and appraisal:
   *[other] The year's results come from { $count } periods, each computed on its own checklist, sessions and appraisal:
}
# $sessions: count · $units: count
year-period-line = Period { $period }: { $checklist }; { $sessions } sessions, { $units } units scored.
year-method = Each unit's figure for the year is the mean of its totals in the periods it was scored in; a unit that failed a mandatory criterion in any period ranks after those that did not. The last two columns compare the last period with the one before it (▲ up, ▼ down, = same place).
year-s-ranking = The year's ranking
year-s-block = Ranking of the block { $block }
year-unit = Agency
year-grade = Grade
year-s-changes = Changes since the period before
year-no-change = There is one period only, or no unit was scored in both of the last two: nothing to compare yet.
# $compared: count · $up: count · $down: count
year-change-counts = From { $from } to { $to }: { $compared } units scored in both periods, { $up } scored more, { $down } scored less.
# $places: count
year-rose-most = Rose most: { $name } (up { $places ->
    [one] one place
   *[other] { $places } places
}).
# $places: count
year-fell-most = Fell most: { $name } (down { $places ->
    [one] one place
   *[other] { $places } places
}).
year-unqualified-note = (*) Failed a mandatory criterion in at least one period: ranked after those that did not.
year-names-xlsx = year-ranking.xlsx
year-sheet = Year ranking
year-block = Block
year-rank-in = Rank { $period }
year-change-points = Change (points)
year-change-places = Change (places)
year-chart-means = The year's mean totals
year-written = The year's report was written to { $folder }.
year-change-places-short = Places moved
year-change-points-short = Points moved
chart-trend-totals-sub = One dot per period, left to right: { $periods }; scale 0–100, a light line at 50
## Ranking blocks (issue 27): the results screen's tabs, the report's tables per block
# $subject: subject
block-overall = { $subject ->
        [agency] Overall
       *[product] Overall
    }
# $subject: subject
block-other = { $subject ->
        [agency] Agencies in no block
       *[product] In no block
    }
block-table = Ranking — { $block }
block-col-category = Block
block-col-category-rank = Rank in block

## Reading the agency quarter (lead)
declared-self = self-assessment (not asked)
# $count: count
appr-changed-by-evaluators = { $count } (scored by the department)
# $count: count
appr-differs-of = { $name }: { $count ->
    [one] one criterion differs
   *[other] { $count } criteria differ
} from the department's evaluators
# $count: count
appr-scored-by-department = { $count ->
    [one] One agency was scored by the department's evaluators, so its self-assessment is shown for comparison only (not appraised): { $names }.
   *[other] { $count } agencies were scored by the department's evaluators, so their self-assessments are shown for comparison only (not appraised): { $names }.
}
