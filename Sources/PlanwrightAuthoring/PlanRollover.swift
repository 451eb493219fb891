import PlanwrightDocument
import PlanwrightModel

/// Next year's plan from this year's (`planwright init NEXT.yaml --from LAST.yaml`), written by
/// editing last year's text so the leader's comments and layout stay:
///
/// - the district, schools, staff, training, champions, budget, funding, support, tools, voices
///   and families carry as written (staff lose `joined`: they are there from the first day now),
///   and the files the plan names stay the same files from wherever next year's is written;
/// - the calendar's dates move on 52 weeks, to the same weekdays (Labor Day stays a Monday), and
///   an imported calendar file, which is last year's, is commented out: both said in comments;
/// - last year's results are the new baseline: each rating rises where its work was all done
///   (every milestone of the goals serving it: to its target; every framework step: one level),
///   the framework steps finished short of that are recorded as `steps_done` and not planned
///   again, and each measure's latest value becomes its baseline;
/// - finished work stays behind (done milestones, goals whose every milestone is done, held
///   sessions and the groups that met, `progress`), and unfinished work carries `carried_from: 2026-27`.
struct PlanRollover {
    let plan: Plan
    let root: YAMLNode
    let text: String
    /// Where next year's plan is written, against last year's folder.
    var files: PlanFolderMove = .none

    /// 52 weeks: dates keep their weekday, which is what a school calendar repeats.
    static let shift = 364

    typealias Summary = NewPlan.Summary

    func write() -> (text: String, summary: Summary) {
        var edits = YAMLTextEdits(text)
        let last = SchoolYearName(starting: plan.year.start), next = SchoolYearName(firstYear: last.firstYear + 1)
        var summary = Summary(from: last, to: next, milestonesLeftBehind: 0, milestonesCarried: 0, goalsLeftBehind: 0, ratingsRaised: 0, stepsDone: 0)
        // A plan rolled over before carries last year's notes, which would now be wrong: replaced.
        let previous = SchoolYearName(firstYear: last.firstYear - 1)
        for note in [Self.headerNote(last: previous, next: last), Self.yearNote(last: previous, next: last), Self.assessmentNote(last: previous),
                     Self.voicesNote(last: previous)] {
            edits.removeLines(["# "], note)
        }
        edits.insert(Self.headerNote(last: last, next: next).map { "# " + $0 }, before: 1)
        rollYear(&edits, last: last, next: next)
        rollFiles(&edits)
        if let (key, _) = root.pair("voices") { edits.comment(Self.voicesNote(last: last), above: key) }
        rollAssessment(&edits, last: last, summary: &summary)
        rollGoals(&edits, last: last, summary: &summary)
        // Who met and who was in each group that met are this year's record: next year's groups
        // have no sessions yet, and a recorded group would name a group next year does not have.
        for record in ["held", "groups"] {
            if let training = root["training"], training.pair(record) != nil { edits.removePair(record, in: training) }
        }
        if root.pair("progress") != nil { edits.removePair("progress", in: root) }
        for member in root["staff"]?.items ?? [] where member.pair("joined") != nil { edits.removePair("joined", in: member) }
        return (edits.text, summary)
    }

    // MARK: The notes for the leader

    static func headerNote(last: SchoolYearName, next: SchoolYearName) -> [String] {
        ["\(next): started from \(last) with 'planwright init --from'. Finished work was left behind,",
         "unfinished work carries 'carried_from: \(last)', and \(last)'s results are the new baseline."]
    }

    static func yearNote(last: SchoolYearName, next: SchoolYearName) -> [String] {
        ["The dates below are \(last)'s moved on 52 weeks, to the same weekdays: check each against the",
         "board-approved \(next) calendar and correct those that differ."]
    }

    static func assessmentNote(last: SchoolYearName) -> [String] {
        ["The baseline is where \(last)'s work left each indicator: re-assess with the team, then write",
         "the date you agreed."]
    }

    static func voicesNote(last: SchoolYearName) -> [String] {
        ["The surveys below are \(last)'s: when this year's are in, name their exports here. Until then",
         "the team's ratings are compared with what \(last)'s respondents said."]
    }

    // MARK: The calendar

    func rollYear(_ edits: inout YAMLTextEdits, last: SchoolYearName, next: SchoolYearName) {
        guard let (key, year) = root.pair("year") else { return }
        edits.comment(Self.yearNote(last: last, next: next), above: key)
        for pair in year.pairs where pair.key.scalar != "import" { shiftDates(in: pair.value, &edits) }
        if let (importKey, importValue) = year.pair("import") {
            // Last year's export holds last year's events, all outside the new year.
            edits.comment(["\(last)'s calendar export: export the \(next) calendar and import it here."], above: importKey)
            edits.commentOut(lines: edits.lines(ofPair: importKey, value: importValue))
        }
    }

    /// Every date in a part of the file, moved on 52 weeks; keys that record what happened are left alone.
    func shiftDates(in node: YAMLNode, _ edits: inout YAMLTextEdits) {
        if let text = node.scalar, let date = SchoolDate(iso: text), text == date.description {
            edits.replace(node, with: date.adding(days: Self.shift).description)
        } else if node.isSequence {
            for item in node.items { shiftDates(in: item, &edits) }
        } else if node.isMapping {
            for pair in node.pairs where !Self.records.contains(pair.key.scalar ?? "") { shiftDates(in: pair.value, &edits) }
        }
    }

    /// Keys never shifted: those that record last year rather than plan the next (left out), and
    /// costs, whose dates are payments in fiscal years: a licence bought on 2026-07-01 was bought then.
    static let records: Set<String> = ["done_on", "observations", "status", "blocked_because", "since", "held", "costs"]
}
