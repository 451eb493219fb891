import PlanwrightDocument
import PlanwrightModel

/// One occurrence of a calendar event, on the days it covers where it is held: what an
/// imported calendar says, before anything decides what it means for the school year.
package struct CalendarOccurrence: Hashable, Sendable {
    package enum Timing: Hashable, Sendable {
        /// A DATE event (`VALUE=DATE`): the whole of each day.
        case allDay
        /// A DATE-TIME event; its days are its local dates (see `ICSOccurrenceReader`).
        case timed
    }

    package var summary: String?
    package var categories: [String]
    /// What the event says beyond its title: districts write "Students do not attend school"
    /// or "dismissed three hours early" here, under a title such as "Election Day".
    package var description: String? = nil
    /// The first and last day it covers (an all-day event's DTEND is the day after its last).
    package var first: SchoolDate
    package var last: SchoolDate
    package var timing: Timing
    /// The local hours of a timed occurrence within one day ("Early Out" 13:00-15:30); nil for
    /// an all-day one, one with no length, or one across midnight.
    package var time: SlotTime? = nil
    /// The VEVENT it comes from (an override's own VEVENT for a moved instance).
    package var location: SourceLocation
}
