import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of a command, timed as a whole process, with its peak resident memory.
struct Measurement {
    var seconds: Double
    var peakResidentBytes: Int
    var status: Int32

    /// Runs `arguments` (the first an absolute path) with standard output to `outputPath` (or nowhere)
    /// and standard error nowhere, and waits for it with `wait4`, which reports the child's peak memory.
    static func run(_ arguments: [String], outputPath: String? = nil) -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            return Measurement(seconds: 0, peakResidentBytes: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measurement(seconds: seconds, peakResidentBytes: usage.ru_maxrss * 1024, status: exitStatus)
    }

    /// This process's resident memory now, in bytes (Linux's /proc/self/statm counts pages).
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
