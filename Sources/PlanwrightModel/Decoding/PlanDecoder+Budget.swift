import PlanwrightDocument

/// The budget's sections: `budget:`, `funding:`, `support:`, and `costs:` wherever work has them.
extension PlanDecoder {
    func decodeBudget(_ node: YAMLNode) -> BudgetSettings {
        var settings = BudgetSettings()
        guard let fields = reader.fields(of: node, PlanShapes.budget) else { return settings }
        settings.location = node.location
        settings.years = reader.integer(fields, "years") ?? settings.years
        if let codeNode = fields["currency"], let code = reader.text(codeNode, fields.describing("currency")) {
            if code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                settings.currency = Currency(code: code.uppercased())
            } else {
                reader.error(Message("budget_currency_code", ["found": .text(Excerpt.of(code))]), at: codeNode)
            }
        }
        if let startNode = fields["fiscal_year_start"], let text = reader.text(startNode, fields.describing("fiscal_year_start")) {
            let parts = text.split(separator: "-")
            if parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let month = Int(parts[0]), let day = Int(parts[1]),
               (1...12).contains(month), (1...28).contains(day) {
                settings.fiscalCalendar = FiscalCalendar(startMonth: month, startDay: day)
            } else {
                reader.error(Message("budget_fiscal_year_start", ["found": .text(Excerpt.of(text))]), at: startNode)
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
            reader.error(Message("budget_funding_ends_before_start", ["source": .text(id ?? "?"), "from": .text("\(from.value)"), "to": .text("\(to.value)")]),
                         at: to.location)
        }
        var amount: FundingSource.Amount?
        switch (perYear, total) {
        case let (perYear?, nil): amount = .perYear(perYear.value)
        case let (nil, total?): amount = .total(total.value)
        case let (_?, total?):
            reader.error(Message("budget_funding_amount_and_total", ["source": .text(id ?? "?")]), at: total.location)
        case (nil, nil):
            if restrictions.perStudent == nil, fields["amount"] == nil, fields["total"] == nil {
                reader.error(Message("budget_funding_needs_amount", ["source": .text(id ?? "?")]), at: node)
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
            guard let category = reader.choice(pair.key, Message("decode_category_under_key", ["key": .text("max_share")]), as: CostCategory.self),
                  let share = reader.share(pair.value, Message("decode_share_for", ["category": .text(category.rawValue)])) else { return nil }
            return Located(CategoryShare(category: category, share: share), at: pair.value.location)
        }
        if let budgetNode = fields["per_student"], let budget = reader.fields(of: budgetNode, PlanShapes.perStudentBudget),
           let amount = reader.money(budget, "amount") {
            let adds = budget["add_school_budgets"].flatMap { node in reader.boolean(node, budget.describing("add_school_budgets")).map { Located($0, at: node.location) } }
            restrictions.perStudent = PerStudentBudget(amount: amount.value, floor: reader.money(budget, "floor")?.value ?? .zero,
                                                       addsSchoolBudgets: adds, location: budgetNode.location)
        }
        if let node = fields["discount"], let share = reader.share(node, fields.describing("discount")) {
            restrictions.discount = Located(share, at: node.location)
        }
        if let node = fields["rest_paid_by"], let id = reader.identifier(node, fields.describing("rest_paid_by")) {
            restrictions.restPaidBy = Reference(id, at: node.location)
            payers.append(FundingReference(source: Reference(id, at: node.location), what: Message("budget_the_rest_of_a_discounted_cost")))
        }
        if let discount = restrictions.discount, restrictions.restPaidBy == nil, fields["rest_paid_by"] == nil, discount.value != .all {
            reader.error(Message("budget_discount_without_rest", ["source": .text(source), "discount": .text("\(discount.value)"),
                                                                 "rest": .text("\(Share(basisPoints: Share.whole - discount.value.basisPoints))")]),
                         at: discount.location)
        }
        restrictions.purposes = decodePurposes(fields)
        restrictions.minimumsFrom = reader.money(fields, "minimums_from")?.value
        restrictions.ends = reader.located(fields, "ends")
        return restrictions
    }

    /// A `costs:` list on a goal or milestone; `work` names it ("goal 'lms'") and `grades` are its
    /// own, which a cost's `grades` may narrow, never widen.
    func decodeCosts(_ fields: Fields, work: Message, grades: GradeSet?) -> [CostLine] {
        reader.list(fields, "costs").compactMap { decodeCost($0, work: work, workGrades: grades) }
    }

    private func decodeCost(_ node: YAMLNode, work: Message, workGrades: GradeSet?) -> CostLine? {
        guard let fields = reader.fields(of: node, PlanShapes.cost) else { return nil }
        let item = reader.text(fields, "item")
        let category = reader.choice(fields, "category", as: CostCategory.self)
        let amount = reader.money(fields, "amount")
        let per = reader.choice(fields, "per", as: CostUnit.self)
        let count = fields["count"].flatMap { node in reader.integer(fields, "count").map { Located($0, at: node.location) } }
        let every = reader.choice(fields, "every", as: CostRecurrence.self) ?? .once
        let on = reader.located(fields, "on"), until = reader.located(fields, "until")
        let refresh = fields["refresh"].flatMap { node in reader.integer(fields, "refresh").map { Located($0, at: node.location) } }
        let what = Message("budget_cost_named", ["item": .text(item.map(Excerpt.of) ?? "?")])
        if let per, !per.isCountedFromScope, count == nil, fields["count"] == nil {
            reader.error(Message("budget_cost_per_without_count", ["what": .message(what), "per": .text(per.rawValue)]), at: node)
        }
        if count != nil, per == nil, let countNode = fields["count"] {
            reader.error(Message("budget_cost_count_without_per", ["what": .message(what)]), at: countNode)
        }
        if let until, every == .once {
            reader.error(Message("budget_cost_once_with_until", ["what": .message(what)]), at: until.location)
        }
        if let on, let until, until.value < on.value {
            reader.error(Message("budget_cost_until_before_on", ["what": .message(what), "until": .text("\(until.value)"), "on": .text("\(on.value)")]), at: until.location)
        }
        if let refresh, let category, category != .devices, category != .infrastructure {
            reader.error(Message("budget_cost_refresh_not_refreshed", ["what": .message(what), "category": .message(category.phrase)]), at: refresh.location)
        }
        if let refresh, every != .once {
            reader.error(Message("budget_cost_refresh_recurring", ["what": .message(what)]), at: refresh.location)
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
    private func decodeCostGrades(_ fields: Fields, what: Message, work: Message, workGrades: GradeSet?) -> Located<GradeSet>? {
        guard let node = fields["grades"] else { return nil }
        let grades = grades(fields, "grades")
        guard !grades.isEmpty else { return nil }
        if let workGrades, workGrades != .all, grades.bits & ~workGrades.bits != 0 {
            let extra = GradeSet(bits: grades.bits & ~workGrades.bits)
            reader.error(Message("budget_cost_grades_wider", count: extra.grades.count,
                                 ["what": .message(what), "grades": .text(grades.description), "work": .message(work),
                                  "work_grades": .text(workGrades.description), "extra": .text(extra.description)]), at: node)
        }
        return Located(grades, at: node.location)
    }

    /// `funding: title-iv-a`, or `{title-iv-a: 60%, general-fund: 40%}` adding up to 100%.
    func decodeFundingSplit(_ node: YAMLNode, what: Message) -> FundingSplit? {
        // The readers' descriptions of a value are still English (NodeReader's own messages).
        if node.isScalar {
            guard let id = reader.identifier(node, Message("decode_key_of", ["key": .text("funding"), "context": .message(what)])) else { return nil }
            payers.append(FundingReference(source: Reference(id, at: node.location), what: what))
            return FundingSplit(parts: [(Reference(id, at: node.location), .all)], location: node.location)
        }
        guard node.isMapping else {
            reader.error(Message("budget_funding_split_shape", ["what": .message(what), "found": .text(node.kindDescription)]), at: node)
            return nil
        }
        var parts: [(source: Reference, share: Share)] = []
        var complete = true
        for pair in node.pairs {
            guard let id = reader.identifier(pair.key, Message("decode_source_id_under_funding_of", ["what": .message(what)])) else { complete = false; continue }
            payers.append(FundingReference(source: Reference(id, at: pair.key.location), what: what))
            guard let share = reader.share(pair.value, Message("decode_share_of_source", ["source": .text(id)])) else { complete = false; continue }
            parts.append((Reference(id, at: pair.key.location), share))
        }
        let sum = parts.reduce(0) { $0 + $1.share.basisPoints }
        guard complete, !parts.isEmpty else { return nil }
        guard sum == Share.whole else {
            reader.error(Message("budget_funding_shares_sum", ["what": .message(what), "sum": .text("\(Share(basisPoints: sum))")]), at: node)
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
                reader.error(Message("budget_support_days_tenths", ["support": .message(supportContext(fields)), "days": .text(daysNode.scalar ?? "")]), at: daysNode)
            }
        }
        let costPerDay = reader.money(fields, "cost_per_day"), costPerYear = reader.money(fields, "cost_per_year")
        if let costPerDay, tenths == 0 {
            reader.error(Message("budget_support_cost_per_day_without_days", ["support": .text(what.map(Excerpt.of) ?? "?")]), at: costPerDay.location)
        }
        let from = reader.located(fields, "from"), until = reader.located(fields, "until")
        if let from, let until, until.value < from.value {
            reader.error(Message("budget_support_until_before_from", ["support": .text(what.map(Excerpt.of) ?? "?"), "until": .text("\(until.value)"),
                                                                     "from": .text("\(from.value)")]), at: until.location)
        }
        let label = Message("budget_support_named", ["support": .text(what.map(Excerpt.of) ?? "?")])
        let funding = fields["funding"].flatMap { decodeFundingSplit($0, what: label) }
        guard let what else { return nil }
        return SupportResource(what: what, schools: schools, tenthsOfDaysPerWeek: tenths, helpDesk: reader.text(fields, "help_desk"),
                               costPerDay: costPerDay?.value, costPerYear: costPerYear?.value, funding: funding,
                               from: from, until: until, location: node.location)
    }

    func decodeTrainingCosts(_ node: YAMLNode) -> TrainingCosts? {
        guard let fields = reader.fields(of: node, PlanShapes.trainingCosts) else { return nil }
        let funding = fields["funding"].flatMap { decodeFundingSplit($0, what: Message("budget_the_training_costs")) }
        return TrainingCosts(participant: reader.money(fields, "participant")?.value, facilitator: reader.money(fields, "facilitator")?.value,
                             category: reader.choice(fields, "category", as: CostCategory.self) ?? .stipends, funding: funding,
                             location: node.location)
    }

    func decodeChampionStipend(_ node: YAMLNode) -> ChampionStipend? {
        guard let fields = reader.fields(of: node, PlanShapes.championStipend), let amount = reader.money(fields, "amount") else { return nil }
        let funding = fields["funding"].flatMap { decodeFundingSplit($0, what: Message("budget_the_champion_stipend")) }
        return ChampionStipend(amount: amount.value, funding: funding, location: node.location)
    }

    /// A support entry as a message about one of its values names it: "support 'Coaching'", or
    /// "this support" before it has a name (as `Fields.context` names any mapping).
    private func supportContext(_ fields: Fields) -> Message {
        guard let node = fields.raw(at: PlanShapes.support.fields.firstIndex { $0.name == "what" }!), node.isScalar,
              let text = node.scalar, !text.isEmpty else { return Message("budget_this_support") }
        return Message("budget_support_named", ["support": .text(text)])
    }
}
