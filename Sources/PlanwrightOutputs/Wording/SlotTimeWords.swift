import PlanwrightDocument
import PlanwrightModel

/// A session's hours as people read them, by the language's clock: "1:30–3:00 pm", "8:00 am–3:00 pm"
/// in English (12-hour, the half of the day said once when both share it), "13:30–15:00" in
/// Spanish (24-hour). Which clock a language keeps is its strings file's (`slot_time_clock`), since
/// the locale data of `es_US` would say 12-hour, and Spanish-speaking families read 24.
enum SlotTimeWords {
    static func range(_ time: SlotTime, _ w: Wording) -> String {
        guard w(.slotTimeClock) == "12" else {
            return w(.slotTimeRange24, ["from": clock24(time.start), "to": clock24(time.end)])
        }
        let (from, to) = (clock12(time.start), clock12(time.end))
        let (fromHalf, toHalf) = (half(time.start, w), half(time.end, w))
        // Midnight as an end is the next day's "12:00 am": said with both halves, never "8:00–12:00 am".
        return fromHalf == toHalf && time.end < 24 * 60
            ? w(.slotTimeRange12OneHalf, ["from": from, "to": to, "half": toHalf])
            : w(.slotTimeRange12, ["from": from, "from_half": fromHalf, "to": to, "to_half": toHalf])
    }

    /// "1:30", "12:00": the hour on a 12-hour clock, minutes always two digits.
    private static func clock12(_ minutes: Int) -> String {
        let h = (minutes / 60) % 24 % 12
        return "\(h == 0 ? 12 : h):\(twoDigits(minutes % 60))"
    }

    /// "8:00", "14:30", "24:00" for the end of the day.
    private static func clock24(_ minutes: Int) -> String { "\(minutes / 60):\(twoDigits(minutes % 60))" }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func half(_ minutes: Int, _ w: Wording) -> String { w((minutes / 60) % 24 < 12 ? .slotTimeAm : .slotTimePm) }
}
