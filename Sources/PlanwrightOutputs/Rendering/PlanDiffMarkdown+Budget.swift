import PlanwrightModel
import PlanwrightComparison

/// The diff's Budget section: each fiscal year's total with the costs that moved it, then the
/// costs added, removed and changed, the sources, and the equity comparison. Only what changed.
extension PlanDiffMarkdown {
    /// Costs listed under each heading before "and N more": a state-scale plan has thousands.
    static let costsShown = 10

    static func budget(_ b: BudgetChanges, dates: PeopleDates) -> String {
        guard !b.isEmpty else { return "" }
        let money = BudgetWords(currency: b.currency)
        var out = "\n### Budget\n"
        if !b.years.isEmpty {
            out += "\n" + b.years.map { "- \(money.year($0))\n" }.joined()
        }
        out += list("Costs added", b.added, more: "more costs added") { money.added($0) }
        out += list("Costs removed", b.removed, more: "more costs removed") { money.removed($0) }
        out += list("Costs changed", b.changed, more: "more costs changed") { money.changed($0) }
        if !b.sources.isEmpty || !b.unfunded.isEmpty {
            out += "\n#### Funding\n\n" + b.sources.map { "- \(money.source($0, dates: dates))\n" }.joined()
            if !b.unfunded.isEmpty { out += "- Not paid by any source: \(money.paid(b.unfunded))\n" }
        }
        if !b.equity.isEmpty {
            out += "\n#### Equity\n\n" + b.equity.map { "- \(money.equity($0))\n" }.joined()
        }
        return out
    }

    /// "2 costs added, 1 removed", or "budget changed" when only funding or equity did.
    static func budgetSummary(_ b: BudgetChanges) -> String? {
        guard !b.isEmpty else { return nil }
        let counts = [(b.added.count, "added"), (b.removed.count, "removed"), (b.changed.count, "changed")].filter { $0.0 > 0 }
        guard let first = counts.first else { return "budget changed" }
        return ([count(first.0, "cost", "costs") + " " + first.1] + counts.dropFirst().map { "\($0.0) \($0.1)" }).joined(separator: ", ")
    }

    private static func list<Item>(_ heading: String, _ items: [Item], more: String, _ line: (Item) -> String) -> String {
        guard !items.isEmpty else { return "" }
        var out = "\n#### \(heading)\n\n" + items.prefix(costsShown).map { "- \(line($0))\n" }.joined()
        if items.count > costsShown { out += "- and \(items.count - costsShown) \(more)\n" }
        return out
    }
}

/// Budget amounts and costs in words, escaped for Markdown.
private struct BudgetWords {
    let currency: Currency

    func words(_ m: Money) -> String { currency.words(m) }
    func change(_ m: Money) -> String { currency.change(m) }

    /// "FY2027 total +$42,000 ($310,400, was $268,400): Access points at Riverside (new, +$22,750), ..."
    func year(_ y: YearTotalChange) -> String {
        let t = y.total
        var line = "**\(t.year)** total \(change(t.change)) (\(words(t.new)), was \(words(t.old)))"
        let kind: [CostChangeKind: String] = [.added: "new, ", .removed: "removed, ", .changed: ""]
        var causes = y.causes.map { "\(name($0.cost)) (\(kind[$0.kind]!)\(change($0.change)))" }
        if y.otherCauses > 0 { causes.append("\(y.otherCauses) more (\(change(y.otherChange)))") }
        if !causes.isEmpty { line += ": " + causes.joined(separator: ", ") }
        return line
    }

    func added(_ c: CostSummary) -> String { "\(name(c.cost))\(place(c.cost)): \(summary(c))" }
    func removed(_ c: CostSummary) -> String { "\(name(c.cost))\(place(c.cost)): was \(summary(c))" }

    /// "$22,750 from FY2027: 26 devices at $875 per device, infrastructure, paid by E-Rate".
    private func summary(_ c: CostSummary) -> String {
        var parts = [words(c.total) + (c.firstYear.map { " from \($0)" } ?? "")]
        if let unit = c.unit, let units = c.units, let each = c.unitAmount { parts.append("\(unit.words(units)) at \(words(each)) per \(unit.rawValue)") }
        parts.append(c.category.words)
        parts.append(c.funding.isEmpty ? "no funding named" : "paid by " + c.funding.map(escape).joined(separator: " and "))
        return parts.joined(separator: ", ")
    }

    /// "$65,800 in all (was $59,220); 200 devices (was 180); paid by General fund (was Title IV-A)".
    func changed(_ c: CostChange) -> String {
        var parts: [String] = []
        if let m = c.milestone { parts.append("moved from \(placeName(m.old)) to \(placeName(m.new))") }
        if let t = c.total { parts.append("\(words(t.new ?? .zero)) in all (was \(words(t.old ?? .zero)))") }
        if let u = c.units { parts.append("\(units(u.new, c.unit)) (was \(units(u.old, c.unit)))") }
        if let a = c.unitAmount {
            let per = c.unit.map { " per \($0.rawValue)" } ?? ""
            parts.append("\(a.new.map(words) ?? "no amount")\(per) (was \(a.old.map(words) ?? "no amount"))")
        }
        if let f = c.funding { parts.append("paid by \(sources(f.new)) (was \(sources(f.old)))") }
        if let y = c.firstYear { parts.append("first paid in \(y.new.map(\.description) ?? "no year of the budget") (was \(y.old.map(\.description) ?? "no year of the budget"))") }
        return "\(name(c.cost))\(place(c.cost)): " + parts.joined(separator: "; ")
    }

    /// Where a cost is written within its goal: "milestone `hotspot-lend`", or "its goal".
    private func placeName(_ milestone: String?) -> String { milestone.map { "milestone `\(MarkdownText.code($0))`" } ?? "its goal" }

    private func units(_ n: Int?, _ unit: CostUnit?) -> String {
        guard let n else { return "no count" }
        return unit?.words(n) ?? "\(n)"
    }

    private func sources(_ names: [String]?) -> String {
        guard let names, !names.isEmpty else { return "no source" }
        return names.map(escape).joined(separator: " and ")
    }

    func source(_ s: SourceChange, dates: PeopleDates) -> String {
        var line = "**\(escape(s.name))**"
        switch s.kind {
        case .added: line += " is a new source" + (s.terms?.new.map { ": \(terms($0, dates: dates))" } ?? "")
        case .removed: line += " is no longer a source" + (s.terms?.old.map { " (was \(terms($0, dates: dates)))" } ?? "")
        case .changed:
            if let t = s.terms { line += ": now \(t.new.map { terms($0, dates: dates) } ?? "") (was \(t.old.map { terms($0, dates: dates) } ?? ""))" }
        }
        if !s.paid.isEmpty { line += (s.kind == .changed && s.terms == nil ? ": " : "; ") + "pays \(paid(s.paid))" }
        return line
    }

    /// "FY2027 +$5,000 (now $60,000), FY2028 -$1,000 (now $4,000)".
    func paid(_ years: [YearAmountChange]) -> String {
        years.map { "\($0.year) \(change($0.change)) (now \(words($0.new)))" }.joined(separator: ", ")
    }

    /// "$64,000 a year", "$40,000 in all, FY2027–FY2028, until Fri, Jun 30, 2028".
    private func terms(_ t: SourceTerms, dates: PeopleDates) -> String {
        var parts: [String] = []
        if let a = t.perYear { parts.append("\(words(a)) a year") }
        if let a = t.total { parts.append("\(words(a)) in all") }
        if let a = t.perStudent { parts.append("\(words(a)) per student" + (t.floor.map { " (at least \(words($0)) a school)" } ?? "")) }
        if let d = t.discount { parts.append("pays \(d) of each cost") }
        switch (t.from, t.to) {
        case let (from?, to?): parts.append((from == to ? "in " : "") + FiscalYear.span(from, to))
        case let (from?, nil): parts.append("from \(from)")
        case let (nil, to?): parts.append("until \(to)")
        case (nil, nil): break
        }
        if let ends = t.ends { parts.append("ends \(dates.day(ends))") }
        return parts.isEmpty ? "no amount" : parts.joined(separator: ", ")
    }

    /// "Riverside Elementary, which needs support, now gets less per student than the district median: ..."
    func equity(_ e: EquityChange) -> String {
        let now = e.perStudent.new ?? .zero, was = e.perStudent.old ?? .zero
        let median = e.median.new ?? .zero, oldMedian = e.median.old ?? .zero
        let verb = e.nowBelow ? "now gets less per student than the district median" : "no longer gets less per student than the district median"
        return "\(escape(e.school)), which needs support, \(verb): \(words(now)) a student (was \(words(was))), "
            + "median \(words(median)) (was \(words(oldMedian)))"
    }

    /// "Canvas licences", "Wireless access points at Riverside Elementary".
    private func name(_ c: CostName) -> String { escape(c.item) + (c.school.map { " at \(escape($0))" } ?? "") }

    /// Where the plan writes it: " (milestone `riv-wifi`)", " (goal `lms`)"; nothing for support,
    /// training and champions, whose items say what they are.
    private func place(_ c: CostName) -> String {
        if let m = c.milestone { return " (milestone `\(MarkdownText.code(m))`)" }
        if let g = c.goal { return " (goal `\(MarkdownText.code(g))`)" }
        return ""
    }

    private func escape(_ text: String) -> String { MarkdownText.escape(text) }
}
