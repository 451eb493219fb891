import PlanwrightDocument
import PlanwrightModel
import PlanwrightComparison

/// The diff's Tools section: tools added (with what they are for, so an addition that overlaps
/// one the district has shows), tools retired, and for each other tool what changed — how much
/// it is used, what is decided, how it connects, its privacy agreement — each beside what it was.
extension DiffWriter {
    func tools(_ changes: ToolChanges) -> String {
        let added = changes.added.map { "- \(addedLine($0))\n" }
        let retired = changes.retired.map { "- \(retiredLine($0))\n" }
        let changed = changes.changed.map { change in
            "- \(tool(change.tool, change.name)):\n" + lines(change).map { "  - \($0)\n" }.joined()
        }
        return "\n### \(w(.diffToolsHeading))\n\n" + (added + retired + changed).joined()
    }

    /// "2 tools added, 1 retired, 3 changed".
    func toolsSummary(_ changes: ToolChanges) -> String? {
        counted(.diffSummaryTools, [(changes.added.count, .diffToolsAdded), (changes.retired.count, .diffToolsRetired),
                                    (changes.changed.count, .diffToolsChanged)])
    }

    private func tool(_ id: String, _ name: String) -> String { "`\(code(id))` \(escape(name))" }

    private func addedLine(_ a: AddedTool) -> String {
        let name = tool(a.tool, a.name)
        guard a.vetted else { return w(.diffToolAddedUnvetted, ["tool": name]) }
        guard let purpose = a.purpose else { return w(.diffToolAdded, ["tool": name]) }
        return w(.diffToolAddedFor, ["tool": name, "purpose": w.say(purpose.phrase)])
    }

    private func retiredLine(_ r: RetiredTool) -> String {
        let name = tool(r.tool, r.name)
        switch r.reason {
        case .gone: return w(.diffToolGone, ["tool": name])
        case .decided:
            let now = r.by.map { w(.diffToolRetiringBy, ["tool": name, "day": day($0)]) } ?? w(.diffToolRetiring, ["tool": name])
            return r.oldAction.map { nowWas(now, ToolWords.decision($0, replacement: nil, by: nil, dates: dates, w)) } ?? now
        }
    }

    private func lines(_ c: ToolChange) -> [String] {
        var lines: [String] = []
        if let u = c.utilization {
            let share = nowWas(shareOn(u.new, u.newOn), shareOn(u.old, u.oldOn))
            let crossed: WordKey? = u.newLow == u.oldLow ? nil : u.newLow ? .diffToolNowLow : .diffToolNoLongerLow
            lines.append(([w(.diffToolUtilization, ["share": share])] + (crossed.map { [w($0, ["threshold": "\(u.threshold)"])] } ?? []))
                .joined(separator: "; "))
        }
        if let d = c.decision {
            lines.append(w(.diffToolDecision, ["decision": nowWas(decision(d.newAction, d.newReplacement, by: d.newBy),
                                                                  decision(d.oldAction, d.oldReplacement, by: d.oldBy))]))
        }
        for i in c.integration {
            lines.append(w(.diffToolIntegration, ["standard": ToolStandard(i.standard).words(w), "state": nowWas(i.new.words(w), i.old.words(w))]))
        }
        if let p = c.privacy {
            lines.append(w(.diffToolPrivacy, ["agreement": nowWas(ToolWords.privacy(p.newStatus, expires: p.newExpires, dates: dates, w),
                                                                  ToolWords.privacy(p.oldStatus, expires: p.oldExpires, dates: dates, w))]))
        }
        return lines
    }

    /// "38% on Mon, Nov 30": a share rounded to a whole percent, as a leader reads it.
    private func shareOn(_ share: Share, _ date: SchoolDate) -> String {
        w(.diffToolShareOn, ["share": ToolWords.percent(share), "day": day(date)])
    }

    /// "replace with Canvas, decided by Fri, Apr 16", "keep", "none". The replacement's name is
    /// the plan's text, escaped like every other.
    private func decision(_ action: ToolAction?, _ replacement: String?, by: SchoolDate?) -> String {
        action.map { ToolWords.decision($0, replacement: replacement.map(escape), by: by, dates: dates, w) } ?? w(.diffToolNoDecision)
    }
}

extension ToolStandard {
    /// The comparison's name for a standard, as the district plan's matrix heads it.
    init(_ standard: IntegrationChange.Standard) {
        switch standard {
        case .sso: self = .sso
        case .rostering: self = .rostering
        case .lti: self = .lti
        case .gradePassback: self = .gradePassback
        }
    }
}
