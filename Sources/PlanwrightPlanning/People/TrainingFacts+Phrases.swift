import PlanwrightDocument
import PlanwrightModel

// The training facts as phrases of the strings files, worded in the reader's language: the
// checks' warnings carry them in their messages, and the pages, `status` and plan.json word them
// from the same phrases (`TrainingWindowWords`, `UnplacedSessionWords`, `TrackWords`,
// `ProgrammeWords`), so a fact is said one way in each language.

extension TrainingWindow.Reason {
    /// "after go/no-go 'lms-gate', before rollout 'lms-rollout'".
    public var phrase: Message {
        switch self {
        case .firstCycle: Message("window_first_cycle")
        case let .duringTraining(training, rollout): Message("window_during_training", ["training": .text(training), "rollout": .text(rollout)])
        case let .afterGate(gate, rollout): Message("window_after_gate", ["gate": .text(gate), "rollout": .text(rollout)])
        case let .beforeRollout(rollout): Message("window_before_rollout", ["rollout": .text(rollout)])
        case let .during(training): Message("window_during", ["training": .text(training)])
        }
    }
}

extension UnplacedSession {
    /// Why the session found no day: "only 2 training days fit a 180-minute session between
    /// 2026-09-08 and 2026-11-13". Dates stay as the plan file writes them, since the leader
    /// fixes this in the plan file.
    public var reasonPhrase: Message {
        guard let search else {
            return cause == .noDayInWindow ? Message("unplaced_reason_no_day", ["why": .message(window.reason.phrase)])
                : Message("unplaced_reason_no_school_day", ["from": .text(window.from.description), "to": .text(window.to.description)])
        }
        if cause == .windowEnded {
            return Message("unplaced_reason_window_ended", ["to": .text(window.to.description), "from": .text(search.from.description)])
        }
        let span: [String: Message.Value] = [
            "minutes": .number(search.minutes), "from": .text(search.from.description), "to": .text(window.to.description),
            "after": search.afterHeld ? .message(Message("unplaced_reason_after_held")) : .text(""),
        ]
        guard let clash = search.clash else { return Message("unplaced_reason_too_few_days", count: search.fittingDays, span) }
        let who = ["name": Message.Value.text(clash.name), "session": .text(clash.session), "date": .text(clash.date.description)]
        return Message("unplaced_reason_clash", count: search.freeDays, [
            "days": .message(Message("unplaced_reason_fitting_days", count: search.fittingDays, span)),
            "who": .message(clash.facilitating ? Message("unplaced_reason_clash_facilitates", who) : Message("unplaced_reason_clash_is_in", who)),
        ])
    }
}

extension PlannedTrack {
    /// The plan's name for it, or for a default track (which the plan does not write) the
    /// reader's language's: "Getting started", "Primeros pasos"; else its id.
    public var namePhrase: Message.Value { TrainingTrack.namePhrase(name: name, id: id) }
}

extension TrainingTrack {
    /// The plan's name for it, or a default track's in the reader's language.
    public var namePhrase: Message.Value { Self.namePhrase(name: name, id: id) }

    static func namePhrase(name: String?, id: String) -> Message.Value {
        if let name { return .text(name) }
        return switch id {
        case "getting-started": .message(Message("track_getting_started"))
        case "building-fluency": .message(Message("track_building_fluency"))
        case "leading": .message(Message("track_leading"))
        default: .text(id)
        }
    }
}

extension TrainingProgramme {
    /// Its milestone's title; the district-wide programme, which has none, is "Staff training".
    public var titlePhrase: Message.Value {
        isDistrictWide ? .message(Message("programme_district_title")) : .text(title)
    }

    /// "grades 6–12, at Westbrook Middle School"; nil for everyone.
    public var audiencePhrase: Message.Value? {
        scope.phrase { schoolNames[$0] ?? $0 }
    }

    /// What it prepares for: "Canvas goes live, grades 6–12".
    public var namePhrase: Message.Value {
        guard let audience = audiencePhrase else { return titlePhrase }
        return .message(Message("programme_name_with_audience", ["title": titlePhrase, "audience": audience]))
    }
}
