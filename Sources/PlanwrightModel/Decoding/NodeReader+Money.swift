import PlanwrightDocument

/// Amounts, percentages and fiscal years, read exactly from the text the plan writes: never
/// through a binary floating-point number, which cannot hold most amounts in cents.
extension NodeReader {
    func money(_ fields: Fields, _ key: String) -> Located<Money>? {
        guard let node = fields[key], let value = money(node, fields.describe(key)) else { return nil }
        return Located(value, at: node.location)
    }

    func money(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Money? {
        guard let text = node.scalar else {
            error(english: "\(what()) must be \(Shape.money.expectation); found \(node.kindDescription)", at: node)
            return nil
        }
        if let money = Money(written: text) {
            guard !money.isNegative else {
                // The same words for a source's money, a cost and what was spent: "what it costs"
                // told a funding source what to write. A saving or a refund is not a negative cost either.
                error(english: "\(what()) is \(Excerpt.of(text)): an amount can't be negative; write it as 0 or more", at: node)
                return nil
            }
            return money
        }
        error(english: "\(what()) \(Self.moneyProblem(text))", at: node)
        return nil
    }

    /// Why text is not an amount, in the words a business office would use.
    private static func moneyProblem(_ text: String) -> String {
        let body = text.trimmingSpaces.drop { $0 == "-" || $0 == "$" }
        let parts = body.split(separator: ".", maxSplits: 1)
        if parts.count == 2, parts[1].count > 2, parts[1].allSatisfy(\.isNumber), parts[0].allSatisfy({ $0.isNumber || $0 == "," }) {
            return "is \(Excerpt.of(text)), which has a fraction of a cent; write at most two decimals, such as \(parts[0]).\(parts[1].prefix(2))"
        }
        if let first = parts.first, !first.isEmpty, first.allSatisfy({ $0.isNumber || $0 == "," }), first.filter(\.isNumber).count > 10 {
            return "is \(Excerpt.of(text)), more than \(Currency.usd.words(.largest)) on one line; check for a typo"
        }
        if body.contains(",") && !body.contains(".") && body.split(separator: ",").last?.count == 2 {
            return "is \(Excerpt.of(text)); write cents after a point, such as 18400.50 (commas only group thousands)"
        }
        return "must be \(Shape.money.expectation); found '\(Excerpt.of(text))'"
    }

    func share(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Share? {
        guard let text = node.scalar, let share = Share(written: text) else {
            error(english: "\(what()) must be \(Shape.share.expectation); found \(node.scalar.map { "'\(Excerpt.of($0))'" } ?? node.kindDescription)", at: node)
            return nil
        }
        return share
    }

    func fiscalYear(_ fields: Fields, _ key: String) -> Located<FiscalYear>? {
        guard let node = fields[key] else { return nil }
        guard let text = node.scalar, let year = FiscalYear(written: text) else {
            error(english: "\(fields.describe(key)) must be \(Shape.fiscalYear.expectation); found \(node.scalar.map { "'\(Excerpt.of($0))'" } ?? node.kindDescription)", at: node)
            return nil
        }
        return Located(year, at: node.location)
    }
}
