/// A stored row that cannot be read back (a damaged or foreign file).
enum DocumentError: Error {
    case malformed(String)
}
