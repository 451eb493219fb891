import PlanwrightDocument

/// The budget's sections: `budget:`, `funding:`, `support:`, and `costs:` wherever work has them.
extension PlanDecoder {
    func decodeBudget(_ node: YAMLNode) -> BudgetSettings {
        var settings = BudgetSettings()
        guard let fields = reader.fields(of: node, PlanShapes.budget) else { return settings }
        settings.location = node.location
        settings.years = reader.integer(fields, "years") ?? settings.years
        if let codeNode = fields["currency"], let code = reader.text(codeNode, fields.describe("currency")) {
            if code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                settings.currency = Currency(code: code.uppercased())
            } else {
                reader.error(english: "\(fields.describe("currency")) must be a three-letter currency code, such as USD; found '\(Excerpt.of(code))'", at: codeNode)
            }
        }
        if let startNode = fields["fiscal_year_start"], let text = reader.text(startNode, fields.describe("fiscal_year_start")) {
            let parts = text.split(separator: "-")
            if parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let month = Int(parts[0]), let day = Int(parts[1]),
               (1...12).contains(month), (1...28).contains(day) {
                settings.fiscalCalendar = FiscalCalendar(startMonth: month, startDay: day)
            } else {
                reader.error(english: "\(fields.describe("fiscal_year_start")) must be a month and day written MM-DD, such as 07-01 for July 1 "
                             + "(days 29-31 are not taken: not every month has them); found '\(Excerpt.of(text))'", at: startNode)
            }
        }
        return settings
    }

    func decodeFundingSource(_ node: YAMLNode) -> FundingSource? {
        guard let fields = reader.fields(of: node, PlanShapes.fundingSource) else { return nil }
        let id = reader.identifier(fields, "id"), name = reader.text(fields, "name")
        let perYear = reader.money(fields, "amount"), total = reader.money(fields, "total")
        let from = reader.fiscalYear(fields, "from"), to = reader.fiscalYear(fields, "to")
        let restrictions = fields["restrictions"].map { decodeRestrictions($0, source: id ?? "?") } ?? FundingRestrictions()
        if let from, let to, to.value < from.value {
            reader.error(english: "funding source '\(id ?? "?")' runs from \(from.value) to \(to.value), which ends before it starts", at: to.location)
        }
        var amount: FundingSource.Amount?
        switch (perYear, total) {
        case let (perYear?, nil): amount = .perYear(perYear.value)
        case let (nil, total?): amount = .total(total.value)
        case let (_?, total?):
            reader.error(english: "funding source '\(id ?? "?")' has both 'amount' (each year) and 'total' (over all its years); keep the one its award letter gives", at: total.location)
        case (nil, nil):
            if restrictions.perStudent == nil, fields["amount"] == nil, fields["total"] == nil {
                reader.error(english: "funding source '\(id ?? "?")' needs 'amount' (each fiscal year) or 'total' (over from-to), or a 'per_student' budget under 'restrictions'", at: node)
            }
        }
        let yearly: Money? = switch amount { case let .perYear(money)?: money; case let .total(money)?: money; case nil: nil }
        checkPurposeShares(restrictions, yearly: yearly, source: id ?? "?")
        guard let id, let name else { return nil }
        return FundingSource(id: id, name: name, amount: amount, from: from?.value, to: to?.value, restrictions: restrictions, location: node.location)
    }

    private func decodeRestrictions(_ node: YAMLNode, source: String) -> FundingRestrictions {
        var restrictions = FundingRestrictions()
        guard let fields = reader.fields(of: node, PlanShapes.restrictions) else { return restrictions }
        restrictions.maxShare = reader.dictionary(fields, "max_share").compactMap { pair in
            guard let category = reader.choice(pair.key, "a category under 'max_share'", as: CostCategory.self),
                  let share = reader.share(pair.value, "the share for '\(category.rawValue)'") else { return nil }
            return Located(CategoryShare(category: category, share: share), at: pair.value.location)
        }
        if let budgetNode = fields["per_student"], let budget = reader.fields(of: budgetNode, PlanShapes.perStudentBudget),
           let amount = reader.money(budget, "amount") {
            let adds = budget["add_school_budgets"].flatMap { node in reader.boolean(node, budget.describe("add_school_budgets")).map { Located($0, at: node.location) } }
            restrictions.perStudent = PerStudentBudget(amount: amount.value, floor: reader.money(budget, "floor")?.value ?? .zero,
                                                       addsSchoolBudgets: adds, location: budgetNode.location)
        }
        if let node = fields["discount"], let share = reader.share(node, fields.describe("discount")) {
            restrictions.discount = Located(share, at: node.location)
        }
        if let node = fields["rest_paid_by"], let id = reader.identifier(node, fields.describe("rest_paid_by")) {
            restrictions.restPaidBy = Reference(id, at: node.location)
            payers.append(FundingReference(source: Reference(id, at: node.location), what: "the rest of a discounted cost"))
        }
        if let discount = restrictions.discount, restrictions.restPaidBy == nil, fields["rest_paid_by"] == nil, discount.value != .all {
            reader.error(english: "funding source '\(source)' pays only its \(discount.value) discount of each cost; say which source pays the other \(Share(basisPoints: Share.whole - discount.value.basisPoints)) with 'rest_paid_by', such as rest_paid_by: general-fund",
                         at: discount.location)
        }
        restrictions.purposes = decodePurposes(fields)
        restrictions.minimumsFrom = reader.money(fields, "minimums_from")?.value
        restrictions.ends = reader.located(fields, "ends")
        return restrictions
    }

    /// A `costs:` list on a goal or milestone; `work` names it and `grades` are its own, which a
    /// cost's `grades` may narrow, never widen.
    func decodeCosts(_ fields: Fields, work: String, grades: GradeSet?) -> [CostLine] {
        reader.list(fields, "costs").compactMap { decodeCost($0, work: work, workGrades: grades) }
    }

    private func decodeCost(_ node: YAMLNode, work: String, workGrades: GradeSet?) -> CostLine? {
        guard let fields = reader.fields(of: node, PlanShapes.cost) else { return nil }
        let item = reader.text(fields, "item")
        let category = reader.choice(fields, "category", as: CostCategory.self)
        let amount = reader.money(fields, "amount")
        let per = reader.choice(fields, "per", as: CostUnit.self)
        let count = fields["count"].flatMap { node in reader.integer(fields, "count").map { Located($0, at: node.location) } }
        let every = reader.choice(fields, "every", as: CostRecurrence.self) ?? .once
        let on = reader.located(fields, "on"), until = reader.located(fields, "until")
        let refresh = fields["refresh"].flatMap { node in reader.integer(fields, "refresh").map { Located($0, at: node.location) } }
        let what = "cost '\(item.map(Excerpt.of) ?? "?")'"
        if let per, !per.isCountedFromScope, count == nil, fields["count"] == nil {
            reader.error(english: "\(what) is per \(per.rawValue), but says not how many; add 'count', such as count: 480", at: node)
        }
        if count != nil, per == nil, let countNode = fields["count"] {
            reader.error(english: "\(what) has a 'count' but no 'per'; say what is counted, such as per: device", at: countNode)
        }
        if let until, every == .once {
            reader.error(english: "\(what) is paid once, so it has no last payment; remove 'until', or say how often it recurs with 'every: year' or 'every: month'", at: until.location)
        }
        if let on, let until, until.value < on.value {
            reader.error(english: "\(what) is last paid on \(until.value), before its first payment on \(on.value)", at: until.location)
        }
        if let refresh, let category, category != .devices, category != .infrastructure {
            reader.error(english: "\(what) is \(category.words), which is not refreshed; 'refresh' is for devices and infrastructure that wear out", at: refresh.location)
        }
        if let refresh, every != .once {
            reader.error(english: "\(what) recurs already, so it is never replaced as a purchase; remove 'refresh', or make it a one-time purchase", at: refresh.location)
        }
        let funding = fields["funding"].flatMap { decodeFundingSplit($0, what: what) }
        let spent = reader.money(fields, "spent")
        let grades = decodeCostGrades(fields, what: what, work: work, workGrades: workGrades)
        guard let item, let category, let amount else { return nil }
        return CostLine(item: item, category: category, amount: amount.value, per: per, count: count, every: every, on: on, until: until,
                        funding: funding, refresh: refresh, spent: spent?.value, location: node.location, grades: grades)
    }

    /// A cost's `grades`, inside its work's: devices for grades 9–12 on work for grades 3–6
    /// would be budgeted for students the work never reaches.
    private func decodeCostGrades(_ fields: Fields, what: String, work: String, workGrades: GradeSet?) -> Located<GradeSet>? {
        guard let node = fields["grades"] else { return nil }
        let grades = grades(fields, "grades")
        guard !grades.isEmpty else { return nil }
        if let workGrades, workGrades != .all, grades.bits & ~workGrades.bits != 0 {
            let extra = GradeSet(bits: grades.bits & ~workGrades.bits)
            reader.error(english: "\(what) is for grades \(grades.description), but \(work) is for grades \(workGrades.description): \(extra.description) \(extra.grades.count == 1 ? "is" : "are") not in them; "
                         + "a cost may narrow its work's grades, never widen them", at: node)
        }
        return Located(grades, at: node.location)
    }

    /// `funding: title-iv-a`, or `{title-iv-a: 60%, general-fund: 40%}` adding up to 100%.
    func decodeFundingSplit(_ node: YAMLNode, what: String) -> FundingSplit? {
        if node.isScalar {
            guard let id = reader.identifier(node, "'funding' of \(what)") else { return nil }
            payers.append(FundingReference(source: Reference(id, at: node.location), what: what))
            return FundingSplit(parts: [(Reference(id, at: node.location), .all)], location: node.location)
        }
        guard node.isMapping else {
            reader.error(english: "'funding' of \(what) must be a funding source's id, or shares of sources such as {title-iv-a: 60%, general-fund: 40%}; found \(node.kindDescription)", at: node)
            return nil
        }
        var parts: [(source: Reference, share: Share)] = []
        var complete = true
        for pair in node.pairs {
            guard let id = reader.identifier(pair.key, "a funding source id under 'funding' of \(what)") else { complete = false; continue }
            payers.append(FundingReference(source: Reference(id, at: pair.key.location), what: what))
            guard let share = reader.share(pair.value, "the share of '\(id)'") else { complete = false; continue }
            parts.append((Reference(id, at: pair.key.location), share))
        }
        let sum = parts.reduce(0) { $0 + $1.share.basisPoints }
        guard complete, !parts.isEmpty else { return nil }
        guard sum == Share.whole else {
            reader.error(english: "the shares of 'funding' of \(what) add up to \(Share(basisPoints: sum)); they must add up to 100%", at: node)
            return nil
        }
        return FundingSplit(parts: parts, location: node.location)
    }

    func decodeSupport(_ node: YAMLNode) -> SupportResource? {
        guard let fields = reader.fields(of: node, PlanShapes.support) else { return nil }
        let what = reader.text(fields, "what")
        let schools = reader.references(fields, "schools")
        var tenths = 0
        if let daysNode = fields["days_per_week"], let days = reader.number(fields, "days_per_week") {
            tenths = Int((days * 10).rounded())
            if abs(days * 10 - Double(tenths)) > 1e-9 {
                reader.error(english: "\(fields.describe("days_per_week")) is \(daysNode.scalar ?? ""); write days to a tenth, such as 2 or 0.5", at: daysNode)
            }
        }
        let costPerDay = reader.money(fields, "cost_per_day"), costPerYear = reader.money(fields, "cost_per_year")
        if let costPerDay, tenths == 0 {
            reader.error(english: "support '\(what.map(Excerpt.of) ?? "?")' costs per day but has no days on site; add 'days_per_week'", at: costPerDay.location)
        }
        let from = reader.located(fields, "from"), until = reader.located(fields, "until")
        if let from, let until, until.value < from.value {
            reader.error(english: "support '\(what.map(Excerpt.of) ?? "?")' ends on \(until.value), before it begins on \(from.value)", at: until.location)
        }
        let label = "support '\(what.map(Excerpt.of) ?? "?")'"
        let funding = fields["funding"].flatMap { decodeFundingSplit($0, what: label) }
        guard let what else { return nil }
        return SupportResource(what: what, schools: schools, tenthsOfDaysPerWeek: tenths, helpDesk: reader.text(fields, "help_desk"),
                               costPerDay: costPerDay?.value, costPerYear: costPerYear?.value, funding: funding,
                               from: from, until: until, location: node.location)
    }

    func decodeTrainingCosts(_ node: YAMLNode) -> TrainingCosts? {
        guard let fields = reader.fields(of: node, PlanShapes.trainingCosts) else { return nil }
        let funding = fields["funding"].flatMap { decodeFundingSplit($0, what: "the training costs") }
        return TrainingCosts(participant: reader.money(fields, "participant")?.value, facilitator: reader.money(fields, "facilitator")?.value,
                             category: reader.choice(fields, "category", as: CostCategory.self) ?? .stipends, funding: funding,
                             location: node.location)
    }

    func decodeChampionStipend(_ node: YAMLNode) -> ChampionStipend? {
        guard let fields = reader.fields(of: node, PlanShapes.championStipend), let amount = reader.money(fields, "amount") else { return nil }
        let funding = fields["funding"].flatMap { decodeFundingSplit($0, what: "the champion stipend") }
        return ChampionStipend(amount: amount.value, funding: funding, location: node.location)
    }
}
