import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning
import PlanwrightComparison

/// A plan diff in words a school leader reads, as Markdown for a pull request or a staff email.
/// Everything taken from the plan is escaped (`MarkdownText`), so a title with `|` or `*` cannot
/// break a table, and no control character reaches the terminal it is printed on.
public enum PlanDiffMarkdown {
    public static func render(_ diff: PlanDiff) -> String {
        var out = "## Changes to the plan: \(escape(diff.new.district))\n\n"
        out += "From `\(code(diff.old.file))` to `\(code(diff.new.file))`.\n\n"
        guard !diff.isEmpty else { return out + "No changes to the plan's schedule, priorities, assessment, people or budget.\n" }
        out += "**\(summary(diff))**\n"
        // Both versions' school years, so a date in either is written without its year.
        // Across school years, dates are the new year's: the old year's are written with their year.
        let dates = diff.acrossYears ? PeopleDates(year: diff.new.start...diff.new.end)
            : PeopleDates(year: min(diff.old.start, diff.new.start)...max(diff.old.end, diff.new.end, diff.old.start, diff.new.start))
        if diff.acrossYears {
            let old = SchoolYearWords.name(SchoolYearName(starting: diff.old.start)), new = SchoolYearWords.name(SchoolYearName(starting: diff.new.start))
            out += "\nThe plans are for different school years, \(old) and \(new): their work is compared by what it is, not by its dates.\n"
            out += yearSchedule(diff.milestones, old: old, dates: PeopleDates(year: diff.new.start...diff.new.end), oldDates: PeopleDates(year: diff.old.start...diff.old.end))
        } else {
            out += schedule(diff.milestones, dates: dates)
        }
        out += priorities(diff.priorities)
        out += assessment(diff.assessment, dates: dates)
        out += people(diff.schools, dates: dates)
        out += budget(diff.budget, dates: dates)
        out += diff.voices.map(voices) ?? ""
        return out
    }

    /// "3 milestones moved, 1 added; 2 priorities changed; ..."
    static func summary(_ diff: PlanDiff) -> String {
        var parts: [String] = []
        let m = diff.milestones
        let finished = m.removed.filter { $0.done == true }.count
        let counts = (diff.acrossYears
            ? [(finished, "finished and left behind"), (m.removed.count - finished, "dropped"), (m.carried.count, "carried over"), (m.added.count, "new"), (m.changed.count, "changed")]
            : [(m.moved.count, "moved"), (m.added.count, "added"), (m.removed.count, "removed"), (m.changed.count, "changed")])
            .filter { $0.0 > 0 }
        if let first = counts.first {
            parts.append(([count(first.0, "milestone", "milestones") + " " + first.1] + counts.dropFirst().map { "\($0.0) \($0.1)" })
                .joined(separator: ", "))
        }
        if !diff.priorities.isEmpty { parts.append(count(diff.priorities.count, "priority", "priorities") + " changed") }
        let joined = diff.schools.reduce(0) { $0 + $1.joined.count }, left = diff.schools.reduce(0) { $0 + $1.left.count }
        if joined > 0 { parts.append(count(joined, "member of staff", "staff") + " joined") }
        if left > 0 { parts.append(count(left, "member of staff", "staff") + " left") }
        if !diff.assessment.levels.isEmpty { parts.append(count(diff.assessment.levels.count, "assessment level", "assessment levels") + " changed") }
        else if !diff.assessment.isEmpty { parts.append("new assessment date") }
        // People, not changes: someone two rollouts train has a change for each, and someone at
        // two schools is listed under both; each is one person.
        let training = Set(diff.schools.flatMap { $0.training.map(\.person.id) }).count
        let colleagues = Set(diff.schools.flatMap { $0.champions.map(\.colleague.id) }).count
        let added = diff.schools.reduce(0) { $0 + $1.newChampions.count }, dropped = diff.schools.reduce(0) { $0 + $1.droppedChampions.count }
        if training > 0 { parts.append("training changed for " + count(training, "person", "people")) }
        // A pooled group's session is listed under each of its schools, and counted once.
        let sessions = Set(diff.schools.flatMap { $0.sessions.map(\.session) }).count
        let newGroups = Set(diff.schools.flatMap(\.newGroups)).count, droppedGroups = Set(diff.schools.flatMap(\.droppedGroups)).count
        if sessions > 0 { parts.append(count(sessions, "training session", "training sessions") + " changed") }
        if newGroups > 0 { parts.append(count(newGroups, "new training group", "new training groups")) }
        if droppedGroups > 0 { parts.append(count(droppedGroups, "training group", "training groups") + " no longer planned") }
        if colleagues > 0 { parts.append("champion changed for " + count(colleagues, "colleague", "colleagues")) }
        if added > 0 { parts.append(count(added, "new champion", "new champions")) }
        if dropped > 0 { parts.append(count(dropped, "champion", "champions") + " no longer") }
        if let budget = budgetSummary(diff.budget) { parts.append(budget) }
        if let voices = diff.voices { parts.append(VoicesWords.summary(voices)) }
        return parts.joined(separator: "; ")
    }

    // MARK: Schedule

    private static func schedule(_ m: MilestoneChanges, dates: PeopleDates) -> String {
        guard !m.isEmpty else { return "" }
        var out = "\n### Schedule\n"
        if !m.moved.isEmpty {
            out += "\n#### Moved\n\n| Milestone | Was | Now | School days | Why |\n|---|---|---|---|---|\n"
            for moved in m.moved {
                out += "| \(milestone(moved.id, moved.title)) | \(dates.span(moved.oldStart, moved.oldEnd)) | \(dates.span(moved.newStart, moved.newEnd)) "
                out += "| \(shift(moved)) | \(why(moved, dates: dates)) |\n"
            }
        }
        if !m.added.isEmpty {
            out += "\n#### Added\n\n" + m.added.map { "- \(dated($0, dates: dates))\n" }.joined()
        }
        if !m.removed.isEmpty {
            out += "\n#### Removed\n\n" + m.removed.map { "- \(dated($0, dates: dates))\n" }.joined()
        }
        if !m.changed.isEmpty {
            out += "\n#### Changed, same dates\n\n"
            out += m.changed.map { "- \(milestone($0.id, $0.title)): \($0.changes.map { describe($0, dates: dates) }.joined(separator: "; "))\n" }.joined()
        }
        return out
    }

    /// Across school years: finished work left behind, work dropped, work carried over and new
    /// work, each at the dates of its own year.
    private static func yearSchedule(_ m: MilestoneChanges, old: String, dates: PeopleDates, oldDates: PeopleDates) -> String {
        guard !m.isEmpty else { return "" }
        var out = "\n### Schedule\n"
        func section(_ heading: String, _ items: [DatedMilestone], _ dates: PeopleDates) {
            guard !items.isEmpty else { return }
            out += "\n#### \(heading)\n\n" + items.map { "- \(dated($0, dates: dates))\n" }.joined()
        }
        section("Finished in \(old), left behind", m.removed.filter { $0.done == true }, oldDates)
        section("Not finished in \(old), and not carried over", m.removed.filter { $0.done != true }, oldDates)
        section("Carried over from \(old)", m.carried, dates)
        section("New", m.added, dates)
        if !m.changed.isEmpty {
            out += "\n#### Changed\n\n"
            out += m.changed.map { "- \(milestone($0.id, $0.title)): \($0.changes.map { describe($0, dates: dates) }.joined(separator: "; "))\n" }.joined()
        }
        return out
    }

    private static func dated(_ m: DatedMilestone, dates: PeopleDates) -> String {
        "\(milestone(m.id, m.title)): \(dates.span(m.start, m.end)), \(count(m.days, "school day", "school days")), \(m.kind.rawValue)"
            + (m.owner.map { ", \(escape($0))" } ?? "") + (m.origin == .plan ? "" : " (added by the planner)")
    }

    private static func shift(_ m: MovedMilestone) -> String {
        if m.startShift == m.endShift { return signed(m.startShift) }
        if m.startShift == 0 { return "ends \(signed(m.endShift))" }
        return "starts \(signed(m.startShift)), ends \(signed(m.endShift))"
    }

    private static func why(_ m: MovedMilestone, dates: PeopleDates) -> String {
        let spill = m.spill.map { "; now ends after the last day of school, \($0.into())" } ?? ""
        guard !m.causes.isEmpty else { return "the schedule around it changed" + spill }
        let causes = m.causes.map { describe($0, dates: dates) }.joined(separator: "; ")
        return (m.changes.isEmpty ? causes : causes + "; also " + m.changes.map { describe($0, dates: dates) }.joined(separator: "; ")) + spill
    }

    private static func describe(_ cause: MoveCause, dates: PeopleDates) -> String {
        switch cause.kind {
        case .waitsFor:
            let id = "`\(cause.milestone ?? "?")`"
            switch (cause.oldEnd, cause.newEnd) {
            case let (was?, now?): return "waits for \(id), which now ends \(dates.day(now)) (was \(dates.day(was)))"
            case let (nil, now?): return "now waits for \(id), which ends \(dates.day(now))"
            case let (was?, nil): return "no longer waits for \(id), which ended \(dates.day(was))"
            case (nil, nil): return "waits for \(id)"
            }
        case .cycleDates: return "its cycle, \(escape(cause.span?.name ?? "")), now runs \(span(cause.span, dates)) (was \(span(cause.oldSpan, dates)))"
        case .closureAdded: return "new closure: \(closure(cause.span, dates))"
        case .closureRemoved: return "no longer closed: \(closure(cause.span, dates))"
        case .ownChange: return cause.change.map { describe($0, dates: dates) } ?? ""
        case .replanned:
            if let now = cause.span?.from { return "not finished by \(dates.day(now)), the date this version is planned as of, so re-planned from it" }
            return "no longer held back by the re-plan from \(cause.oldSpan.map { dates.day($0.from) } ?? "?")"
        case .calendar: return "the school calendar changed"
        }
    }

    /// "Thanksgiving break (Wed, Nov 25 – Fri, Nov 27)"
    private static func closure(_ c: MoveCause.Span?, _ dates: PeopleDates) -> String {
        guard let c else { return "" }
        return c.name.map { "\(escape($0)) (\(span(c, dates)))" } ?? span(c, dates)
    }

    private static func span(_ c: MoveCause.Span?, _ dates: PeopleDates) -> String { c.map { dates.span($0.from, $0.to) } ?? "" }

    /// One changed field in words: "now 8 school days long (was 5)".
    static func describe(_ change: FieldChange, dates: PeopleDates) -> String {
        // A status reads as words: "in progress", not "in_progress"; a date as people read it.
        let words = { (value: String) in
            escape(change.field == .status ? MilestoneStatus(rawValue: value)?.words ?? value : SchoolDate(iso: value).map(dates.day) ?? value)
        }
        let was = change.old.map(words), now = change.new.map(words)
        func phrase(_ set: String, _ unset: String) -> String {
            switch (was, now) {
            case let (was?, now?): return "\(set) \(now) (was \(was))"
            case let (nil, now?): return "now \(set) \(now)"
            case let (was?, nil): return "\(unset) (was \(was))"
            case (nil, nil): return set
            }
        }
        switch change.field {
        case .days: return "now \(now ?? "?") school days long (was \(was ?? "?"))"
        case .on: return phrase("pinned to start on", "no longer pinned to a date")
        case .notBefore: return phrase("not before", "no longer held until a date")
        case .after: return phrase("waits for", "waits for nothing")
        case .status: return "status \(now ?? "?") (was \(was ?? "?"))"
        case .doneOn: return phrase("finished on", "no finish date")
        case .kind: return "now a \(now ?? "?") (was a \(was ?? "?"))"
        case .cycle: return "its priority is now in cycle \(now ?? "?") (was cycle \(was ?? "?"))"
        case .title: return "renamed (was \u{201C}\(was ?? "")\u{201D})"
        case .owner: return phrase("owner", "no owner")
        case .due: return phrase("due", "no due date")
        case .blockedBecause: return phrase("blocked because", "no longer says why it is blocked")
        }
    }

    // MARK: Priorities

    private static func priorities(_ changes: [PriorityChange]) -> String {
        guard !changes.isEmpty else { return "" }
        return "\n### Priorities\n\n" + changes.map { "- \(priority($0))\n" }.joined()
    }

    private static func priority(_ p: PriorityChange) -> String {
        let name = "**\(escape(p.name))**"
        let goal = p.goal.map { " (goal `\($0)`)" } ?? ""
        var line: String
        switch p.kind {
        case .added: line = "\(name) is a new priority, " + (p.newCycle.map { "in cycle \($0)\(goal)" } ?? "deferred to next year")
        case .moved: line = "\(name) moves from cycle \(p.oldCycle ?? 0) to cycle \(p.newCycle ?? 0)\(goal)"
        case .deferred: line = "\(name) is deferred to next year (was cycle \(p.oldCycle ?? 0))"
        case .scheduled: line = "\(name) is now in cycle \(p.newCycle ?? 0)\(goal) (was deferred to next year)"
        case .dropped:
            line = "\(name) is no longer a priority: "
            line += p.dropReason == .notRated ? "it is no longer rated" : "it is now at \(escape(p.newCurrent ?? "?")), its target"
            return line + "."
        }
        if p.kind != .added, p.oldCurrent != p.newCurrent || p.oldTarget != p.newTarget {
            line += "; now \(levels(p.newCurrent, p.newTarget)) (was \(levels(p.oldCurrent, p.oldTarget)))"
        }
        return line + (PriorityReasonWords.why(p, .english).map { ". \(escape($0))" } ?? ".")
    }

    private static func levels(_ current: String?, _ target: String?) -> String {
        "\(escape(current ?? "?")) → \(escape(target ?? "?"))"
    }

    // MARK: Assessment

    private static func assessment(_ a: AssessmentChanges, dates: PeopleDates) -> String {
        guard !a.isEmpty else { return "" }
        var out = "\n### Assessment\n\n"
        out += a.oldDate == a.newDate ? "Assessed \(dates.day(a.newDate)).\n" : "Assessed \(dates.day(a.newDate)) (was \(dates.day(a.oldDate))).\n"
        guard !a.levels.isEmpty else { return out + "\nNo indicator changed level.\n" }
        out += "\n| Indicator | Was | Now | Change |\n|---|---|---|---|\n"
        for level in a.levels {
            out += "| \(escape(level.name)) | \(rating(level.oldCurrent, level.oldTarget)) | \(rating(level.newCurrent, level.newTarget)) "
            out += "| \(direction(level)) |\n"
        }
        return out
    }

    private static func rating(_ current: String?, _ target: String?) -> String {
        guard let current else { return "not rated" }
        return escape(current) + (target.map { ", aiming for \(escape($0))" } ?? "")
    }

    private static func direction(_ level: LevelChange) -> String {
        switch level.direction {
        case .up: "up"
        case .down: "down"
        case .newTarget: "new target"
        case .renamed: "renamed on the framework's scale"
        case .rated: "newly rated"
        case .unrated: "no longer rated"
        }
    }

    // MARK: People

    private static func people(_ schools: [SchoolPeopleChanges], dates: PeopleDates) -> String {
        guard !schools.isEmpty else { return "" }
        var out = "\n### Training and champions\n"
        for school in schools {
            out += "\n#### \(escape(school.name))\n\n"
            if !school.joined.isEmpty { out += "- Joined: \(names(school.joined))\n" }
            if !school.left.isEmpty { out += "- Left: \(names(school.left))\n" }
            out += school.training.map { "- \(escape($0.person.name)): \(training($0))\n" }.joined()
            let becameChampions = Set(school.newChampions.map(\.id))
            out += school.champions.map { "- \(escape($0.colleague.name)): \(champion($0, becameChampion: becameChampions.contains($0.colleague.id)))\n" }.joined()
            if !school.newChampions.isEmpty { out += "- New champions: \(names(school.newChampions))\n" }
            if !school.droppedChampions.isEmpty { out += "- No longer champions: \(names(school.droppedChampions))\n" }
            if !school.newGroups.isEmpty { out += "- New training groups: \(capped(school.newGroups.map { "`\(code($0))`" }))\n" }
            if !school.droppedGroups.isEmpty { out += "- Training groups no longer planned: \(capped(school.droppedGroups.map { "`\(code($0))`" }))\n" }
            out += school.sessions.prefix(sessionsShown).map { "- Session `\(code($0.session))`: \(session($0, dates: dates))\n" }.joined()
            if school.sessions.count > sessionsShown { out += "- and \(count(school.sessions.count - sessionsShown, "more session", "more sessions"))\n" }
        }
        return out
    }

    /// Sessions listed per school before "and N more": a closure can move every session of the year.
    static let sessionsShown = 5

    private static func capped(_ items: [String], shown: Int = 8) -> String {
        items.count <= shown ? items.joined(separator: ", ") : items.prefix(shown).joined(separator: ", ") + " and \(items.count - shown) more"
    }

    private static func session(_ s: SessionChange, dates: PeopleDates) -> String {
        let renamed = s.oldSession.map { " (was `\(code($0))`)" } ?? ""
        // Overdue and not recorded as held: late, not moved; where it goes now comes second.
        if s.cause?.kind == .late, let was = s.old {
            let now = s.new.map { "re-placed on \(dates.day($0))" } ?? "no day is left for it"
            return "late: was due \(dates.day(was)) and is not recorded as held; \(now)\(renamed)"
        }
        switch (s.old, s.new) {
        case let (was?, now?): return "\(dates.day(was)) → \(dates.day(now))\(renamed)" + (s.cause.map { " (\(sessionCause($0, was, dates: dates)))" } ?? "")
        case let (nil, now?): return "new, on \(dates.day(now))\(renamed)"
        case let (was?, nil): return "no longer placed (was \(dates.day(was)))\(renamed)"
        case (nil, nil): return ""
        }
    }

    private static func sessionCause(_ c: SessionMoveCause, _ day: SchoolDate, dates: PeopleDates) -> String {
        let name = { (s: MoveCause.Span) in s.name.map(escape) ?? "a closed day" }
        switch c.kind {
        case .closureAdded:
            guard let s = c.span else { return "a closure was added" }
            return s.from <= day && day <= s.to ? "\(dates.day(day)) is now closed: \(name(s))" : "closure added on \(span(s, dates)): \(name(s))"
        case .testing: return "\(dates.day(day)) is now in testing" + (c.span?.name.map { ": \(escape($0))" } ?? "")
        case .window: return c.span.map { "training now runs \(span($0, dates))" } ?? "the training window moved"
        case .late: return "not recorded as held; re-placed from the as-of date"
        }
    }

    private static func training(_ t: TrainingChange) -> String {
        switch (t.old, t.new) {
        case let (was?, now?) where was.track == now.track: return "moves to group \(group(now)) in \(escape(now.trackName)) (was \(group(was)))"
        case let (was?, now?): return "moves to \(escape(now.trackName)), group \(group(now)) (was \(escape(was.trackName)), group \(group(was)))"
        case let (nil, now?): return "joins \(escape(now.trackName)), group \(group(now))"
        case let (was?, nil): return "no longer in training (was in \(escape(was.trackName)), group \(group(was)))"
        case (nil, nil): return ""
        }
    }

    private static func group(_ place: GroupPlace) -> String { "`\(code(place.group))`" }

    private static func champion(_ c: ChampionChange, becameChampion: Bool) -> String {
        switch (c.old, c.new) {
        case let (was?, now?): return "champion is now \(escape(now.name)) (was \(escape(was.name)))"
        case let (nil, now?): return "now has a champion, \(escape(now.name))"
        case let (was?, nil):
            return "no champion now (was \(escape(was.name))): " + (becameChampion ? "is a champion now" : unassigned(c.reason))
        case (nil, nil): return ""
        }
    }

    private static func unassigned(_ reason: UnassignedColleague.Reason?) -> String {
        switch reason {
        case .noChampionAtSchool: "the school has no champion"
        case .championsFull: "every champion at the school has all the colleagues they can take"
        case .excluded: "left out of champion matching by the plan"
        case nil: "no champion assigned"
        }
    }

    private static func names(_ people: [PersonName]) -> String { people.map { escape($0.name) }.joined(separator: ", ") }

    // MARK: Words and escaping

    private static func milestone(_ id: String, _ title: String) -> String { "`\(code(id))` \(escape(title))" }
    private static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }
    static func count(_ n: Int, _ one: String, _ many: String) -> String { Plural.count(n, one, many) }

    private static func escape(_ text: String) -> String { MarkdownText.escape(text) }
    private static func code(_ text: String) -> String { MarkdownText.code(text) }

    // MARK: Stakeholder views

    private static func voices(_ v: VoicesChanges) -> String {
        "\n### \(VoicesWords.diffHeading())\n\n" + (v.responses.map { VoicesWords.change($0) } + v.views.map { VoicesWords.change($0) }).map { "- \(escape($0))\n" }.joined()
    }
}
