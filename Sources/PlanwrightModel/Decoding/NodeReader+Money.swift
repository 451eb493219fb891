import PlanwrightDocument

/// Amounts, percentages and fiscal years, read exactly from the text the plan writes: never
/// through a binary floating-point number, which cannot hold most amounts in cents.
extension NodeReader {
    func money(_ fields: Fields, _ key: String) -> Located<Money>? {
        guard let node = fields[key], let value = money(node, fields.describing(key)) else { return nil }
        return Located(value, at: node.location)
    }

    func money(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> Money? {
        guard let text = node.scalar else {
            error(Self.mustBe(what(), Shape.money.expectation, found: .message(node.kindPhrase)), at: node)
            return nil
        }
        if let money = Money(written: text) {
            guard !money.isNegative else {
                // The same words for a source's money, a cost and what was spent: "what it costs"
                // told a funding source what to write. A saving or a refund is not a negative cost either.
                error(Message("decode_money_negative", ["what": .message(what()), "text": .text(Excerpt.of(text))]), at: node)
                return nil
            }
            return money
        }
        error(Self.moneyProblem(text, what()), at: node)
        return nil
    }

    /// Why text is not an amount, in the words a business office would use.
    private static func moneyProblem(_ text: String, _ what: Message) -> Message {
        let body = text.trimmingSpaces.drop { $0 == "-" || $0 == "$" }
        let parts = body.split(separator: ".", maxSplits: 1)
        let written: [String: Message.Value] = ["what": .message(what), "text": .text(Excerpt.of(text))]
        if parts.count == 2, parts[1].count > 2, parts[1].allSatisfy(\.isNumber), parts[0].allSatisfy({ $0.isNumber || $0 == "," }) {
            return Message("decode_money_fraction_of_cent", written.merging(["example": .text("\(parts[0]).\(parts[1].prefix(2))")]) { $1 })
        }
        if let first = parts.first, !first.isEmpty, first.allSatisfy({ $0.isNumber || $0 == "," }), first.filter(\.isNumber).count > 10 {
            return Message("decode_money_too_large", written.merging(["largest": .text(Currency.usd.words(.largest))]) { $1 })
        }
        if body.contains(",") && !body.contains(".") && body.split(separator: ",").last?.count == 2 {
            return Message("decode_money_comma_cents", written)
        }
        return Message("decode_must_be", ["what": .message(what), "expected": .message(Shape.money.expectation),
                                          "found": .message(Message("decode_quoted", ["text": .text(Excerpt.of(text))])), "hint": .text("")])
    }

    func share(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> Share? {
        guard let text = node.scalar, let share = Share(written: text) else {
            error(Self.mustBe(what(), Shape.share.expectation, found: .message(node.foundPhrase)), at: node)
            return nil
        }
        return share
    }

    func fiscalYear(_ fields: Fields, _ key: String) -> Located<FiscalYear>? {
        guard let node = fields[key] else { return nil }
        guard let text = node.scalar, let year = FiscalYear(written: text) else {
            error(Self.mustBe(fields.describing(key), Shape.fiscalYear.expectation, found: .message(node.foundPhrase)), at: node)
            return nil
        }
        return Located(year, at: node.location)
    }
}
