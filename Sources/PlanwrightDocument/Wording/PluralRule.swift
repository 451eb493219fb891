/// A language's plural rule as its PO header states it, `nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);`:
/// which of the language's forms a count takes. The rule is the C expression gettext
/// evaluates, so a translator's tool writes it and a new language needs no code.
package struct PluralRule: Sendable {
    let count: Int
    private let expression: Expression

    /// English's rule, also the fallback of a file that states none.
    static let oneOther = PluralRule(count: 2, expression: .binary(.notEqual, .n, .number(1)))

    private init(count: Int, expression: Expression) {
        self.count = count
        self.expression = expression
    }

    /// Reads `nplurals=N; plural=EXPR;`; nil with the reason when it cannot.
    static func parse(_ header: String) -> Result<PluralRule, Problem> {
        var count: Int?
        var source: String?
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            if pair[0] == "nplurals" { count = Int(pair[1]) }
            if pair[0] == "plural" { source = pair[1] }
        }
        guard let count, (1...6).contains(count) else { return .failure(Problem("nplurals must be a number of forms from 1 to 6")) }
        guard let source else { return .failure(Problem("the header gives no plural= rule")) }
        var parser = ExpressionParser(tokens: Token.scan(source))
        guard let expression = parser.parseTernary(), parser.atEnd else {
            return .failure(Problem("the plural= rule '\(source)' is not an expression of n this reader understands"))
        }
        return .success(PluralRule(count: count, expression: expression))
    }

    /// The form `n` takes, always within the language's forms.
    func form(for n: Int) -> Int {
        let value = expression.evaluate(n)
        return value >= 0 && value < count ? value : count - 1
    }

    struct Problem: Error { let reason: String; init(_ reason: String) { self.reason = reason } }

    indirect enum Expression: Sendable {
        case n
        case number(Int)
        case not(Expression)
        case binary(Operator, Expression, Expression)
        case choice(Expression, Expression, Expression)

        func evaluate(_ n: Int) -> Int {
            switch self {
            case .n: return n
            case let .number(value): return value
            case let .not(inner): return inner.evaluate(n) == 0 ? 1 : 0
            case let .choice(test, yes, no): return test.evaluate(n) != 0 ? yes.evaluate(n) : no.evaluate(n)
            case let .binary(op, a, b): return op.apply(a.evaluate(n), b.evaluate(n))
            }
        }
    }

    enum Operator: String, Sendable, CaseIterable {
        case or = "||", and = "&&", equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case plus = "+", minus = "-", times = "*", divide = "/", remainder = "%"

        /// Binding strength, as in C.
        var precedence: Int {
            switch self {
            case .or: 1
            case .and: 2
            case .equal, .notEqual: 3
            case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
            case .plus, .minus: 5
            case .times, .divide, .remainder: 6
            }
        }

        func apply(_ a: Int, _ b: Int) -> Int {
            switch self {
            case .or: (a != 0 || b != 0) ? 1 : 0
            case .and: (a != 0 && b != 0) ? 1 : 0
            case .equal: a == b ? 1 : 0
            case .notEqual: a != b ? 1 : 0
            case .less: a < b ? 1 : 0
            case .lessOrEqual: a <= b ? 1 : 0
            case .greater: a > b ? 1 : 0
            case .greaterOrEqual: a >= b ? 1 : 0
            case .plus: a &+ b
            case .minus: a &- b
            case .times: a &* b
            // A rule dividing by zero is the translator's slip, not a reason to stop a build.
            case .divide: b == 0 ? 0 : a / b
            case .remainder: b == 0 ? 0 : a % b
            }
        }
    }

    enum Token: Equatable {
        case n, number(Int), op(Operator), not, question, colon, open, close, bad

        static func scan(_ text: String) -> [Token] {
            var tokens: [Token] = []
            let characters = Array(text)
            var i = 0
            while i < characters.count {
                let c = characters[i]
                if c == " " || c == "\t" { i += 1; continue }
                if c.isASCII, c.isNumber {
                    var value = 0
                    while i < characters.count, characters[i].isASCII, let digit = characters[i].wholeNumberValue, value < 1_000_000_000 {
                        value = value * 10 + digit
                        i += 1
                    }
                    tokens.append(.number(value))
                    continue
                }
                let two = i + 1 < characters.count ? String(characters[i...i + 1]) : ""
                if let op = Operator(rawValue: two) { tokens.append(.op(op)); i += 2; continue }
                switch c {
                case "n": tokens.append(.n)
                case "!": tokens.append(.not)
                case "?": tokens.append(.question)
                case ":": tokens.append(.colon)
                case "(": tokens.append(.open)
                case ")": tokens.append(.close)
                default: tokens.append(Operator(rawValue: String(c)).map { .op($0) } ?? .bad)
                }
                i += 1
            }
            return tokens
        }
    }

    /// Precedence climbing over the tokens; nesting is bounded so a hostile rule cannot recurse without end.
    struct ExpressionParser {
        var tokens: [Token]
        var position = 0
        var depth = 0
        var atEnd: Bool { position == tokens.count }

        init(tokens: [Token]) { self.tokens = tokens }

        mutating func parseTernary() -> Expression? {
            depth += 1
            defer { depth -= 1 }
            guard depth < 64, let test = parseBinary(minimum: 1) else { return nil }
            guard next == .question else { return test }
            position += 1
            guard let yes = parseTernary(), next == .colon else { return nil }
            position += 1
            guard let no = parseTernary() else { return nil }
            return .choice(test, yes, no)
        }

        private mutating func parseBinary(minimum: Int) -> Expression? {
            guard var left = parseUnary() else { return nil }
            while case let .op(op)? = next, op.precedence >= minimum {
                position += 1
                guard let right = parseBinary(minimum: op.precedence + 1) else { return nil }
                left = .binary(op, left, right)
            }
            return left
        }

        private mutating func parseUnary() -> Expression? {
            depth += 1
            defer { depth -= 1 }
            guard depth < 64, let token = next else { return nil }
            position += 1
            switch token {
            case .n: return .n
            case let .number(value): return .number(value)
            case .not: return parseUnary().map { .not($0) }
            case .open:
                guard let inner = parseTernary(), next == .close else { return nil }
                position += 1
                return inner
            default: return nil
            }
        }

        private var next: Token? { position < tokens.count ? tokens[position] : nil }
    }
}
