extension Int {
    /// `50,000` for 50000: a count as people read it, the same on every machine.
    var grouped: String {
        let digits = Array(String(magnitude))
        let grouped = String(
            digits.enumerated().flatMap { index, digit in
                index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
            })
        return self < 0 ? "-" + grouped : grouped
    }
}
