import PlanwrightDocument
import PlanwrightComparison

/// The diff's Priorities and Assessment sections: priorities new, dropped, moved between cycles
/// or deferred, with the new plan's why; indicators whose level or target changed.
extension DiffWriter {
    func priorities(_ changes: [PriorityChange]) -> String {
        guard !changes.isEmpty else { return "" }
        return "\n### \(w(.diffPrioritiesHeading))\n\n" + changes.map { "- \(priority($0))\n" }.joined()
    }

    private func priority(_ p: PriorityChange) -> String {
        let name = "**\(escape(p.name))**"
        let goal = p.goal.map { " " + w(.diffInGoal, ["goal": "`\($0)`"]) } ?? ""
        let old = w.number(p.oldCycle ?? 0), new = w.number(p.newCycle ?? 0)
        var line: String
        switch p.kind {
        case .added:
            line = p.newCycle.map { w(.diffPriorityAdded, ["name": name, "cycle": w.number($0), "goal": goal]) } ?? w(.diffPriorityAddedDeferred, ["name": name])
        case .moved: line = w(.diffPriorityMoved, ["name": name, "old": old, "new": new, "goal": goal])
        case .deferred: line = w(.diffPriorityDeferred, ["name": name, "old": old])
        case .scheduled: line = w(.diffPriorityScheduled, ["name": name, "new": new, "goal": goal])
        case .dropped:
            return p.dropReason == .notRated ? w(.diffPriorityNotRated, ["name": name])
                : w(.diffPriorityReachedTarget, ["name": name, "level": escape(p.newCurrent ?? "?")])
        }
        if p.kind != .added, p.oldCurrent != p.newCurrent || p.oldTarget != p.newTarget {
            line = w(.diffPriorityLevels, ["line": line, "now": levels(p.newCurrent, p.newTarget), "was": levels(p.oldCurrent, p.oldTarget)])
        }
        return PriorityReasonWords.why(p, w).map { w(.diffPriorityWhy, ["line": line, "why": escape($0)]) } ?? w(.diffSentence, ["line": line])
    }

    private func levels(_ current: String?, _ target: String?) -> String {
        w(.diffLevels, ["current": escape(current ?? "?"), "target": escape(target ?? "?")])
    }

    func assessment(_ a: AssessmentChanges) -> String {
        guard !a.isEmpty else { return "" }
        var out = "\n### \(w(.diffAssessmentHeading))\n\n"
        out += (a.oldDate == a.newDate ? w(.diffAssessed, ["date": day(a.newDate)]) : w(.diffAssessedWas, ["date": day(a.newDate), "was": day(a.oldDate)])) + "\n"
        guard !a.levels.isEmpty else { return out + "\n" + w(.diffNoLevelChanged) + "\n" }
        let columns = [w(.diffColumnIndicator), w(.diffColumnWas), w(.diffColumnNow), w(.diffColumnChange)]
        out += "\n| \(columns.joined(separator: " | ")) |\n|---|---|---|---|\n"
        for level in a.levels {
            out += "| \(escape(level.name)) | \(rating(level.oldCurrent, level.oldTarget)) | \(rating(level.newCurrent, level.newTarget)) "
            out += "| \(direction(level)) |\n"
        }
        return out
    }

    private func rating(_ current: String?, _ target: String?) -> String {
        guard let current else { return w(.diffNotRated) }
        return target.map { w(.diffRatingAiming, ["current": escape(current), "target": escape($0)]) } ?? escape(current)
    }

    private func direction(_ level: LevelChange) -> String {
        switch level.direction {
        case .up: w(.diffDirectionUp)
        case .down: w(.diffDirectionDown)
        case .newTarget: w(.diffDirectionNewTarget)
        case .renamed: w(.diffDirectionRenamed)
        case .rated: w(.diffDirectionRated)
        case .unrated: w(.diffDirectionUnrated)
        }
    }
}
