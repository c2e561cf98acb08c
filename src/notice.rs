//! The notice period: from the case's `notice` section and date to the exact last
//! day of the collaboration.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::case::Notice;

/// How the end of the collaboration was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// A number of days from the case date.
    Days(u16),
    /// A fixed last day.
    Until,
    /// A fixed last day that marks the completion of a stage of work.
    Milestone(String),
    /// At once (conduct or ethics only).
    Immediate,
}

/// The computed end of the collaboration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Termination {
    /// How it was given.
    pub ending: Ending,
    /// The last day of the collaboration.
    pub end: Date,
}

impl Termination {
    /// Works out the last day from a validated notice. `None` when the notice gives no
    /// single period, or when the end falls beyond the calendar (year 9999).
    pub fn from_notice(notice: &Notice, date: Date) -> Option<Termination> {
        let immediate = notice.immediate == Some(true);
        match (notice.days, notice.until, immediate) {
            (Some(days), None, false) => Some(Termination {
                ending: Ending::Days(days),
                end: date.checked_add(i64::from(days).days()).ok()?,
            }),
            (None, Some(until), false) => Some(Termination {
                ending: match &notice.milestone {
                    Some(milestone) => Ending::Milestone(milestone.clone()),
                    None => Ending::Until,
                },
                end: until.0,
            }),
            (None, None, true) => Some(Termination {
                ending: Ending::Immediate,
                end: date,
            }),
            _ => None,
        }
    }

    /// Calendar days between the case date and the last day.
    pub fn days_from(&self, date: Date) -> i64 {
        i64::from((self.end - date).get_days())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::CaseDate;
    use jiff::civil::date;

    fn notice() -> Notice {
        Notice::default()
    }

    #[test]
    fn days_count_from_the_case_date() {
        let n = Notice {
            days: Some(30),
            ..notice()
        };
        let t = Termination::from_notice(&n, date(2026, 11, 22)).unwrap();
        assert_eq!(t.end, date(2026, 12, 22));
        assert_eq!(t.ending, Ending::Days(30));
        assert_eq!(t.days_from(date(2026, 11, 22)), 30);
    }

    #[test]
    fn days_cross_years_and_leap_days() {
        let n = Notice {
            days: Some(1),
            ..notice()
        };
        assert_eq!(
            Termination::from_notice(&n, date(2027, 12, 31))
                .unwrap()
                .end,
            date(2028, 1, 1)
        );
        assert_eq!(
            Termination::from_notice(&n, date(2028, 2, 28)).unwrap().end,
            date(2028, 2, 29)
        );
        let n = Notice {
            days: Some(0),
            ..notice()
        };
        assert_eq!(
            Termination::from_notice(&n, date(2026, 1, 5)).unwrap().end,
            date(2026, 1, 5)
        );
    }

    #[test]
    fn until_and_milestone_keep_their_date() {
        let n = Notice {
            until: Some(CaseDate(date(2026, 12, 31))),
            milestone: Some("v4.2".into()),
            ..notice()
        };
        let t = Termination::from_notice(&n, date(2026, 11, 22)).unwrap();
        assert_eq!(t.end, date(2026, 12, 31));
        assert_eq!(t.ending, Ending::Milestone("v4.2".into()));
    }

    #[test]
    fn immediate_ends_on_the_case_date() {
        let n = Notice {
            immediate: Some(true),
            ..notice()
        };
        let t = Termination::from_notice(&n, date(2026, 11, 22)).unwrap();
        assert_eq!((t.ending, t.end), (Ending::Immediate, date(2026, 11, 22)));
    }

    #[test]
    fn ambiguous_or_out_of_range_notices_have_no_end() {
        let n = Notice {
            days: Some(3),
            immediate: Some(true),
            ..notice()
        };
        assert!(Termination::from_notice(&n, date(2026, 11, 22)).is_none());
        let n = Notice {
            days: Some(3),
            ..notice()
        };
        assert!(Termination::from_notice(&n, date(9999, 12, 30)).is_none());
    }
}
