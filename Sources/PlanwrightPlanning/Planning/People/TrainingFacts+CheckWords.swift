import PlanwrightDocument
import PlanwrightModel

// The checks' warnings (and the diff's window spans) still say these facts in English, written
// here, until diagnostics are worded from the strings files (issue 22); pages, `status` and
// plan.json word them in the outputs (`TrainingWindowWords`, `UnplacedSessionWords`,
// `ProgrammeWords`, `ScopeWords`), from `en.po` and each language's file.

extension TrainingWindow.Reason {
    /// "after go/no-go 'lms-gate', before rollout 'lms-rollout'", for a check's message.
    package var inEnglish: String {
        switch self {
        case .firstCycle: "no rollout is planned, so training goes in the first cycle"
        case let .duringTraining(training, rollout): "during '\(training)', before rollout '\(rollout)'"
        case let .afterGate(gate, rollout): "after go/no-go '\(gate)', before rollout '\(rollout)'"
        case let .beforeRollout(rollout): "before rollout '\(rollout)'"
        case let .during(training): "during '\(training)'"
        }
    }
}

extension UnplacedSession {
    /// Why the session found no day, for a check's message.
    package var reasonInEnglish: String {
        guard let search else {
            return cause == .noDayInWindow ? "the training window holds no day: \(window.reason.inEnglish)"
                : "the training window \(window.from) to \(window.to) holds no school day"
        }
        let after = search.afterHeld ? ", after the as-of date and the sessions held" : ""
        let (days, fit) = (Plural.count(search.fittingDays, "training day"), Plural.verb(search.fittingDays, "fits", "fit"))
        let span = "a \(search.minutes)-minute session between \(search.from) and \(window.to)\(after)"
        if let clash = search.clash {
            let role = clash.facilitating ? "facilitates" : "is in"
            return "\(search.freeDays) of the \(days) that \(fit) \(span) \(Plural.verb(search.freeDays, "is", "are")) free for this group: \(clash.name) \(role) session \(clash.session) on \(clash.date)"
        }
        return cause == .windowEnded ? "the training window ended on \(window.to), before \(search.from)" : "only \(days) \(fit) \(span)"
    }
}

extension TrainingProgramme {
    /// "Canvas goes live, grades 6–12": what it prepares for, for a check's message.
    package var nameInEnglish: String {
        let audience = scope.wordsInEnglish { schoolNames[$0] ?? $0 }
        let title = isDistrictWide ? TrainingProgrammes.Spec.districtTitleInEnglish : title
        return audience.isEmpty ? title : "\(title), \(audience)"
    }
}

extension TrainingProgrammes.Spec {
    static let districtTitleInEnglish = "Staff training"

    /// Its title for a warning: the district-wide programme has none of its own.
    var titleInEnglish: String { id == TrainingProgrammes.districtID ? Self.districtTitleInEnglish : title }
}

extension Scope {
    /// "grades 6–12", "teachers of math, grades 9–12, at Central High": whom the work is for, for
    /// a check's message, with schools named by `schoolName`. Empty for everyone.
    package func wordsInEnglish(schoolName: (String) -> String) -> String {
        var parts: [String] = []
        let who = roles.map { $0 == .other ? "other staff" : $0 == .coach ? "coaches" : $0.rawValue + "s" }.joinedAsList()
        let what = subjects.isEmpty ? "" : " of " + subjects.joinedAsList()
        if !who.isEmpty || !what.isEmpty { parts.append((who.isEmpty ? "staff" : who) + what) }
        if let grades, !grades.isEmpty {
            let written = grades.description.replacingOccurrences(of: "-", with: "–")
            parts.append((grades.grades.count == 1 ? "grade " : "grades ") + written)
        }
        if !schools.isEmpty { parts.append("at " + schools.map(schoolName).joinedAsList()) }
        return parts.joined(separator: ", ")
    }
}

extension PlannedTrack {
    /// The plan's name for it, or a default track's English name, for a check's message.
    package var nameInEnglish: String { name ?? TrainingTrack.defaultNamesInEnglish[id] ?? id }
}

extension TrainingTrack {
    static let defaultNamesInEnglish = ["getting-started": "Getting started", "building-fluency": "Building fluency", "leading": "Leading"]

    /// The plan's name for it, or a default track's English name, for a check's message.
    var nameInEnglish: String { name ?? Self.defaultNamesInEnglish[id] ?? id }
}
