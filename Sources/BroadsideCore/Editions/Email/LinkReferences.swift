/// The numbered list of link addresses under an email: each address gets one number, the first time it
/// is linked, and keeps it when linked again.
struct LinkReferences {
    private(set) var addresses: [String] = []
    private var numbers: [String: Int] = [:]

    /// The number of `address`, giving it the next one if it is new.
    mutating func number(for address: String) -> Int {
        if let number = numbers[address] { return number }
        addresses.append(address)
        numbers[address] = addresses.count
        return addresses.count
    }
}
