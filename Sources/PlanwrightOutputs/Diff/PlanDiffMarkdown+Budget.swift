import PlanwrightDocument
import PlanwrightModel
import PlanwrightComparison

/// The diff's Budget section: each fiscal year's total with the costs that moved it, then the
/// costs added, removed and changed, the sources, and the equity comparison. Only what changed.
extension DiffWriter {
    /// Costs listed under each heading before "and N more": a state-scale plan has thousands.
    static let costsShown = 10

    func budget(_ b: BudgetChanges) -> String {
        guard !b.isEmpty else { return "" }
        let money = BudgetChangeWords(currency: b.currency, writer: self)
        var out = "\n### \(w(.diffBudgetHeading))\n"
        if !b.years.isEmpty {
            out += "\n" + b.years.map { "- \(money.year($0))\n" }.joined()
        }
        out += list(w(.diffCostsAddedHeading), b.added, more: .diffMoreCostsAdded) { money.added($0) }
        out += list(w(.diffCostsRemovedHeading), b.removed, more: .diffMoreCostsRemoved) { money.removed($0) }
        out += list(w(.diffCostsChangedHeading), b.changed, more: .diffMoreCostsChanged) { money.changed($0) }
        if !b.sources.isEmpty || !b.unfunded.isEmpty {
            out += "\n#### \(w(.diffFundingHeading))\n\n" + b.sources.map { "- \(money.source($0))\n" }.joined()
            if !b.unfunded.isEmpty { out += "- \(w(.diffNotPaidBySource, ["paid": money.paid(b.unfunded)]))\n" }
        }
        if !b.equity.isEmpty {
            out += "\n#### \(w(.diffEquityHeading))\n\n" + b.equity.map { "- \(money.equity($0))\n" }.joined()
        }
        return out
    }

    /// "2 costs added, 1 removed", or "budget changed" when only funding or equity did.
    func budgetSummary(_ b: BudgetChanges) -> String? {
        guard !b.isEmpty else { return nil }
        return counted(.diffSummaryCosts, [(b.added.count, .diffCostsAdded), (b.removed.count, .diffCostsRemoved), (b.changed.count, .diffCostsChanged)])
            ?? w(.diffSummaryBudgetChanged)
    }

    private func list<Item>(_ heading: String, _ items: [Item], more: WordKey, _ line: (Item) -> String) -> String {
        guard !items.isEmpty else { return "" }
        var out = "\n#### \(heading)\n\n" + items.prefix(Self.costsShown).map { "- \(line($0))\n" }.joined()
        if items.count > Self.costsShown { out += "- \(w.count(more, items.count - Self.costsShown))\n" }
        return out
    }
}

/// Budget amounts and costs in the diff's words, escaped for Markdown.
private struct BudgetChangeWords {
    let currency: Currency
    let writer: DiffWriter
    var w: Wording { writer.w }

    func words(_ m: Money) -> String { w.money(m, currency: currency) }

    /// A change, with its sign always shown: "+$42,000", "-$1,200", "no change".
    func change(_ m: Money) -> String { m.isZero ? w(.diffNoChange) : (m.isNegative ? "" : "+") + words(m) }

    /// "FY2027 total +$42,000 ($310,400, was $268,400): Access points at Riverside (new, +$22,750), ..."
    func year(_ y: YearTotalChange) -> String {
        let t = y.total
        var line = w(.diffYearTotal, ["year": "**\(t.year)**", "change": change(t.change), "now": words(t.new), "was": words(t.old)])
        var causes = y.causes.map { cause -> String in
            let values = ["name": name(cause.cost), "change": change(cause.change)]
            switch cause.kind {
            case .added: return w(.diffCauseCostNew, values)
            case .removed: return w(.diffCauseCostRemoved, values)
            case .changed: return w(.diffCauseCostChanged, values)
            }
        }
        if y.otherCauses > 0 { causes.append(w.count(.diffOtherCauses, y.otherCauses, ["change": change(y.otherChange)])) }
        if !causes.isEmpty { line = w(.diffYearCauses, ["total": line, "causes": causes.joined(separator: ", ")]) }
        return line
    }

    func added(_ c: CostSummary) -> String { "\(name(c.cost))\(place(c.cost)): \(summary(c))" }
    func removed(_ c: CostSummary) -> String { "\(name(c.cost))\(place(c.cost)): " + w(.diffCostWas, ["cost": summary(c)]) }

    /// "$22,750 from FY2027: 26 devices at $875 per device, infrastructure, paid by E-Rate".
    private func summary(_ c: CostSummary) -> String {
        var parts = [c.firstYear.map { w(.diffTotalFrom, ["amount": words(c.total), "year": "\($0)"]) } ?? words(c.total)]
        if let unit = c.unit, let units = c.units, let each = c.unitAmount {
            parts.append(w(.diffUnitsAt, ["units": CostUnitWords.count(unit, units, w), "each": CostUnitWords.per(unit, words(each), w)]))
        }
        parts.append(CostCategoryWords.name(c.category, w))
        parts.append(c.funding.isEmpty ? w(.diffNoFundingNamed) : w(.diffPaidBy, ["sources": sources(c.funding)]))
        return parts.joined(separator: ", ")
    }

    /// "$65,800 in all (was $59,220); 200 devices (was 180); paid by General fund (was Title IV-A)".
    func changed(_ c: CostChange) -> String {
        var parts: [String] = []
        if let m = c.milestone { parts.append(w(.diffCostMoved, ["old": placeName(m.old), "new": placeName(m.new)])) }
        if let t = c.total { parts.append(writer.nowWas(w(.budgetSourceInAll, ["amount": words(t.new ?? .zero)]), words(t.old ?? .zero))) }
        if let u = c.units { parts.append(writer.nowWas(units(u.new, c.unit), units(u.old, c.unit))) }
        if let a = c.unitAmount {
            // "no amount per device (was $875)": the unit is said once, after the new amount.
            let now = a.new.map(words) ?? w(.diffNoAmount)
            parts.append(writer.nowWas(c.unit.map { CostUnitWords.per($0, now, w) } ?? now, a.old.map(words) ?? w(.diffNoAmount)))
        }
        if let f = c.funding { parts.append(writer.nowWas(w(.diffPaidBy, ["sources": sources(f.new)]), sources(f.old))) }
        if let y = c.firstYear {
            let year = { (y: FiscalYear?) in y.map(\.description) ?? self.w(.diffNoBudgetYear) }
            parts.append(writer.nowWas(w(.diffFirstPaidIn, ["year": year(y.new)]), year(y.old)))
        }
        return "\(name(c.cost))\(place(c.cost)): " + parts.joined(separator: "; ")
    }

    /// Where a cost is written within its goal: "milestone `hotspot-lend`", or "its goal".
    private func placeName(_ milestone: String?) -> String {
        milestone.map { w(.diffMilestoneID, ["milestone": "`\(MarkdownText.code($0))`"]) } ?? w(.diffItsGoal)
    }

    private func units(_ n: Int?, _ unit: CostUnit?) -> String {
        guard let n else { return w(.diffNoCount) }
        return unit.map { CostUnitWords.count($0, n, w) } ?? w.number(n)
    }

    /// "General fund and E-Rate": each source named, joined as the plan's own list of payers.
    private func sources(_ names: [String]?) -> String {
        guard let names, let first = names.first else { return w(.diffNoSource) }
        return names.dropFirst().reduce(escape(first)) { w(.diffSourcesAnd, ["first": $0, "next": escape($1)]) }
    }

    func source(_ s: SourceChange) -> String {
        let name = "**\(escape(s.name))**"
        var line: String
        switch s.kind {
        case .added: line = s.terms?.new.map { w(.diffSourceNewTerms, ["name": name, "terms": terms($0)]) } ?? w(.diffSourceNew, ["name": name])
        case .removed: line = s.terms?.old.map { w(.diffSourceGoneTerms, ["name": name, "terms": terms($0)]) } ?? w(.diffSourceGone, ["name": name])
        case .changed:
            line = s.terms.map { w(.diffSourceChanged, ["name": name, "now": $0.new.map(terms) ?? "", "was": $0.old.map(terms) ?? ""]) } ?? name
        }
        if !s.paid.isEmpty {
            let pays = w(.diffSourcePays, ["paid": paid(s.paid)])
            line = s.kind == .changed && s.terms == nil ? w(.diffSourcePaysOnly, ["name": line, "pays": pays]) : w(.diffSourceAlsoPays, ["line": line, "pays": pays])
        }
        return line
    }

    /// "FY2027 +$5,000 (now $60,000), FY2028 -$1,000 (now $4,000)".
    func paid(_ years: [YearAmountChange]) -> String {
        years.map { w(.diffPaidInYear, ["year": "\($0.year)", "change": change($0.change), "now": words($0.new)]) }.joined(separator: ", ")
    }

    /// "$64,000 a year", "$40,000 in all, FY2027–FY2028, until Fri, Jun 30, 2028".
    private func terms(_ t: SourceTerms) -> String {
        var parts: [String] = []
        if let a = t.perYear { parts.append(w(.budgetSourceAYear, ["amount": words(a)])) }
        if let a = t.total { parts.append(w(.budgetSourceInAll, ["amount": words(a)])) }
        if let a = t.perStudent {
            parts.append(t.floor.map { w(.diffPerStudentAtLeast, ["amount": words(a), "floor": words($0)]) } ?? CostUnitWords.per(.student, words(a), w))
        }
        if let d = t.discount { parts.append(w(.diffPaysShare, ["share": "\(d)"])) }
        switch (t.from, t.to) {
        case let (from?, to?): parts.append(from == to ? w(.diffInYears, ["years": FiscalYear.span(from, to)]) : FiscalYear.span(from, to))
        case let (from?, nil): parts.append(w(.diffFromYear, ["year": "\(from)"]))
        case let (nil, to?): parts.append(w(.diffUntilYear, ["year": "\(to)"]))
        case (nil, nil): break
        }
        if let ends = t.ends { parts.append(w(.diffEnds, ["date": writer.day(ends)])) }
        return parts.isEmpty ? w(.diffNoAmount) : parts.joined(separator: ", ")
    }

    /// "Riverside Elementary, which needs support, now gets less per student than the district median: ..."
    func equity(_ e: EquityChange) -> String {
        let values = ["school": escape(e.school), "now": words(e.perStudent.new ?? .zero), "was": words(e.perStudent.old ?? .zero),
                      "median": words(e.median.new ?? .zero), "old_median": words(e.median.old ?? .zero)]
        return w(e.nowBelow ? .diffEquityNowBelow : .diffEquityNoLongerBelow, values)
    }

    /// "Canvas licences", "Wireless access points at Riverside Elementary".
    private func name(_ c: CostName) -> String {
        c.school.map { w(.diffCostAtSchool, ["item": escape(w.item(c.item)), "school": escape($0)]) } ?? escape(w.item(c.item))
    }

    /// Where the plan writes it: " (milestone `riv-wifi`)", " (goal `lms`)"; nothing for support,
    /// training and champions, whose items say what they are.
    private func place(_ c: CostName) -> String {
        if let m = c.milestone { return " " + w(.diffInMilestone, ["milestone": "`\(MarkdownText.code(m))`"]) }
        if let g = c.goal { return " " + w(.diffInGoal, ["goal": "`\(MarkdownText.code(g))`"]) }
        return ""
    }

    private func escape(_ text: String) -> String { MarkdownText.escape(text) }
}
