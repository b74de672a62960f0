#ifndef BROADSIDE_SMTP_SEND_H
#define BROADSIDE_SMTP_SEND_H

#include <stddef.h>

/// Sends `message` (a whole RFC 5322 message, CRLF line ends) from `from` to `to` through the SMTP
/// server at `url` (`smtp://host:port`), with STARTTLS when the server offers it, and the credentials
/// when `user` is not NULL. Gives up after `timeout_seconds`. Returns 0 when the server accepted the
/// message; otherwise 1, with what went wrong in `error`.
///
/// libcurl is loaded only here, the first time a message is sent: every other use of Broadside (a build
/// on each save) starts without mapping it and the thirty libraries it brings.
int broadside_smtp_send(const char *url, const char *from, const char *to, const char *user,
                        const char *password, const unsigned char *message, size_t length,
                        long timeout_seconds, char *error, size_t error_size);

#endif
