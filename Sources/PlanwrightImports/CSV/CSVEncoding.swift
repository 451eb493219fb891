import PlanwrightDocument
import PlanwrightModel

/// How a CSV file's bytes become text: UTF-8 when they are UTF-8, else Windows-1252.
///
/// Excel on Windows saves "CSV (Comma delimited)" in the system's ANSI code page, Windows-1252
/// in the US and western Europe, where "José Peña" is the bytes 4A 6F 73 E9 … 50 65 F1 61.
/// Read as UTF-8 those bytes are not letters at all, and every output would print "Jos� Pe�a".
/// Windows-1252 text with accented letters is almost never valid UTF-8 by chance (each é would
/// have to be followed by two bytes from 0x80–0xBF), so the test is whether the file decodes.
enum CSVEncoding: Equatable {
    case utf8
    /// Not UTF-8, so read as Windows-1252; `line` holds its first byte that is not UTF-8.
    case windows1252(firstLine: Int)

    /// The text as UTF-8, and how it was read. A UTF-8 file is returned as it is.
    static func decode(_ source: SourceText) -> (text: SourceText, encoding: CSVEncoding) {
        guard let line = firstNonUTF8Line(source.bytes) else { return (source, .utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.bytes.count + source.bytes.count / 8)
        // A UTF-8 byte order mark before Windows-1252 text (a file added to by two programs)
        // stays a mark, not "ï»¿" glued to the first column's name.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let marked = source.bytes.starts(with: bom)
        if marked { bytes += bom }
        let text = marked ? source.bytes.dropFirst(3) : source.bytes[...]
        for byte in text {
            guard byte >= 0x80 else { bytes.append(byte); continue }
            UTF8.encode(windows1252(byte)) { bytes.append($0) }
        }
        return (SourceText(path: source.path, bytes: bytes, lineBreaks: source.lineBreaks), .windows1252(firstLine: line))
    }

    /// The character a Windows-1252 byte stands for. 0xA0–0xFF are Latin-1, the same numbers
    /// in Unicode; 0x80–0x9F hold the typographer's letters (€, curly quotes, dashes, Š, Ž).
    /// The five bytes the code page leaves undefined become U+FFFD, never a control character.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(high[Int(byte - 0x80)]) ?? "\u{FFFD}"
    }

    /// 0x80–0x9F, as Microsoft's table (bestfit1252.txt) and the WHATWG encoding standard give them.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The line (counting line feeds from 1) of the first byte that does not decode as UTF-8; nil when all do.
    private static func firstNonUTF8Line(_ bytes: [UInt8]) -> Int? {
        // Most exports are ASCII: one pass over the bytes settles them, at state scale too.
        guard bytes.reduce(0, |) >= 0x80 else { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): consumed += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: break loop
            }
        }
        // The error lies just after the last whole character read.
        return bytes.prefix(consumed).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
