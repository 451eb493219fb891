import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning
import PlanwrightComparison

/// The diff's Schedule section: milestones moved (with why), added, removed and changed; across
/// school years, work left behind, dropped, carried over and new.
extension DiffWriter {
    func schedule(_ m: MilestoneChanges) -> String {
        guard !m.isEmpty else { return "" }
        var out = "\n### \(w(.diffScheduleHeading))\n"
        if !m.moved.isEmpty {
            let columns = [w(.diffColumnMilestone), w(.diffColumnWas), w(.diffColumnNow), w(.diffColumnSchoolDays), w(.diffColumnWhy)]
            out += "\n#### \(w(.diffMovedHeading))\n\n| \(columns.joined(separator: " | ")) |\n|---|---|---|---|---|\n"
            for moved in m.moved {
                out += "| \(milestone(moved.id, moved.title)) | \(span(moved.oldStart, moved.oldEnd)) | \(span(moved.newStart, moved.newEnd)) "
                out += "| \(shift(moved)) | \(why(moved)) |\n"
            }
        }
        out += section(w(.diffAddedHeading), m.added, dates)
        out += section(w(.diffRemovedHeading), m.removed, dates)
        out += changed(w(.diffChangedSameDatesHeading), m.changed)
        return out
    }

    /// Across school years: finished work left behind, work dropped, work carried over and new
    /// work, each at the dates of its own year.
    func yearSchedule(_ m: MilestoneChanges, old: String, oldDates: PeopleDates) -> String {
        guard !m.isEmpty else { return "" }
        var out = "\n### \(w(.diffScheduleHeading))\n"
        out += section(w(.diffFinishedHeading, ["year": old]), m.removed.filter { $0.done == true }, oldDates)
        out += section(w(.diffNotCarriedHeading, ["year": old]), m.removed.filter { $0.done != true }, oldDates)
        out += section(w(.diffCarriedHeading, ["year": old]), m.carried, dates)
        out += section(w(.diffNewHeading), m.added, dates)
        out += changed(w(.diffChangedHeading), m.changed)
        return out
    }

    private func section(_ heading: String, _ items: [DatedMilestone], _ dates: PeopleDates) -> String {
        guard !items.isEmpty else { return "" }
        var writer = self
        writer.dates = dates
        return "\n#### \(heading)\n\n" + items.map { "- \(writer.dated($0))\n" }.joined()
    }

    private func changed(_ heading: String, _ items: [ChangedMilestone]) -> String {
        guard !items.isEmpty else { return "" }
        return "\n#### \(heading)\n\n" + items.map { "- \(milestone($0.id, $0.title)): \($0.changes.map(describe).joined(separator: "; "))\n" }.joined()
    }

    private func dated(_ m: DatedMilestone) -> String {
        var values = ["milestone": milestone(m.id, m.title), "dates": span(m.start, m.end), "days": w.count(.schoolDays, m.days),
                      "kind": MilestoneKindWords.name(m.kind, w)]
        let line = m.owner.map { owner in
            values["owner"] = escape(owner)
            return w(.diffDatedWithOwner, values)
        } ?? w(.diffDated, values)
        return m.origin == .plan ? line : w(.diffAddedByPlanner, ["milestone": line])
    }

    /// School days moved: "+5", "ends -12", "starts +1, ends +3".
    private func shift(_ m: MovedMilestone) -> String {
        if m.startShift == m.endShift { return signed(m.startShift) }
        if m.startShift == 0 { return w(.diffShiftEnds, ["end": signed(m.endShift)]) }
        return w(.diffShiftStartsEnds, ["start": signed(m.startShift), "end": signed(m.endShift)])
    }

    private func signed(_ n: Int) -> String { (n > 0 ? "+" : n < 0 ? "-" : "") + w.number(Int(n.magnitude)) }

    private func why(_ m: MovedMilestone) -> String {
        var why: String
        if m.causes.isEmpty {
            why = w(.diffWhyScheduleAround)
        } else {
            why = m.causes.map(describe).joined(separator: "; ")
            if !m.changes.isEmpty { why = w(.diffWhyAlso, ["why": why, "changes": m.changes.map(describe).joined(separator: "; ")]) }
        }
        return m.spill.map { w(.diffWhySpill, ["why": why, "into": $0.into(w)]) } ?? why
    }

    private func describe(_ cause: MoveCause) -> String {
        switch cause.kind {
        case .waitsFor:
            let id = "`\(cause.milestone ?? "?")`"
            switch (cause.oldEnd, cause.newEnd) {
            case let (was?, now?): return w(.diffCauseWaitsForMoved, ["milestone": id, "now": day(now), "was": day(was)])
            case let (nil, now?): return w(.diffCauseNowWaitsFor, ["milestone": id, "now": day(now)])
            case let (was?, nil): return w(.diffCauseNoLongerWaitsFor, ["milestone": id, "was": day(was)])
            case (nil, nil): return w(.diffCauseWaitsFor, ["milestone": id])
            }
        case .cycleDates:
            return w(.diffCauseCycleDates, ["cycle": escape(cause.span?.cycle.map { w.name($0) } ?? cause.span?.name ?? ""), "now": span(cause.span), "was": span(cause.oldSpan)])
        case .closureAdded: return w(.diffCauseClosureAdded, ["closure": closure(cause.span)])
        case .closureRemoved: return w(.diffCauseClosureRemoved, ["closure": closure(cause.span)])
        case .ownChange: return cause.change.map(describe) ?? ""
        case .replanned:
            if let now = cause.span?.from { return w(.diffCauseReplanned, ["date": day(now)]) }
            return w(.diffCauseNoLongerReplanned, ["date": cause.oldSpan.map { day($0.from) } ?? "?"])
        case .calendar: return w(.diffCauseCalendar)
        }
    }

    /// "Thanksgiving break (Wed, Nov 25 – Fri, Nov 27)"
    func closure(_ c: MoveCause.Span?) -> String {
        guard let c else { return "" }
        return c.name.map { w(.diffNamedSpan, ["name": escape($0), "span": span(c)]) } ?? span(c)
    }

    func span(_ c: MoveCause.Span?) -> String { c.map { span($0.from, $0.to) } ?? "" }

    /// One changed field in words: "now 8 school days long (was 5)".
    func describe(_ change: FieldChange) -> String {
        // A status reads as words: "in progress", not "in_progress"; a date as people read it.
        let words = { (value: String) in
            escape(change.field == .status ? MilestoneStatus(rawValue: value).map { MilestoneStatusWords.name($0, w) } ?? value
                : SchoolDate(iso: value).map(day) ?? value)
        }
        let was = change.old.map(words), now = change.new.map(words)
        func phrase(_ set: WordKey, _ unset: WordKey) -> String {
            switch (was, now) {
            case let (was?, now?): return nowWas(w(set, ["value": now]), was)
            case let (nil, now?): return w(.diffFieldNowSet, ["set": w(set, ["value": now])])
            case let (was?, nil): return nowWas(w(unset), was)
            case (nil, nil): return String(w(set, ["value": ""]).reversed().drop { $0 == " " }.reversed())
            }
        }
        let kind = { (value: String?) in value.flatMap(MilestoneKind.init(rawValue:)).map { MilestoneKindWords.name($0, w) } ?? value ?? "?" }
        switch change.field {
        case .days: return w(.diffFieldDays, ["now": now ?? "?", "was": was ?? "?"])
        case .on: return phrase(.diffFieldOn, .diffFieldOnUnset)
        case .notBefore: return phrase(.diffFieldNotBefore, .diffFieldNotBeforeUnset)
        case .after: return phrase(.diffFieldAfter, .diffFieldAfterUnset)
        case .status: return w(.diffFieldStatus, ["now": now ?? "?", "was": was ?? "?"])
        case .doneOn: return phrase(.diffFieldDoneOn, .diffFieldDoneOnUnset)
        case .kind: return w(.diffFieldKind, ["now": escape(kind(change.new)), "was": escape(kind(change.old))])
        case .cycle: return w(.diffFieldCycle, ["now": now ?? "?", "was": was ?? "?"])
        case .title: return w(.diffFieldTitle, ["was": change.oldTitle.map { words(w.title($0)) } ?? was ?? ""])
        case .owner: return phrase(.diffFieldOwner, .diffFieldOwnerUnset)
        case .due: return phrase(.diffFieldDue, .diffFieldDueUnset)
        case .blockedBecause: return phrase(.diffFieldBlockedBecause, .diffFieldBlockedBecauseUnset)
        }
    }
}
