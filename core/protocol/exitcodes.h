#pragma once

// The exit status of every `haul` verb, and the "exit" of every answer on the local
// socket (../shared/spec/cli.md): scripts test these numbers, so they never change.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int JobFailed = 1; // the job ended in Error, or the verb's action failed
constexpr int Usage = 2; // bad usage or bad input; nothing was changed
constexpr int Store = 4; // the job store cannot be opened or is locked by another user
constexpr int Interrupted = 130; // SIGINT
constexpr int Terminated = 143; // SIGTERM
} // namespace ExitCode
