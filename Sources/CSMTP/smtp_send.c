// libcurl's SMTP client, loaded with dlopen. The function types come from curl.h itself (typeof), so
// nothing here restates libcurl's declarations.
#include "smtp_send.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

struct upload {
    const unsigned char *data;
    size_t length;
    size_t offset;
};

static size_t read_message(char *buffer, size_t size, size_t count, void *userdata) {
    struct upload *upload = userdata;
    size_t room = size * count;
    size_t left = upload->length - upload->offset;
    size_t taken = left < room ? left : room;
    memcpy(buffer, upload->data + upload->offset, taken);
    upload->offset += taken;
    return taken;
}

#define LOAD(name)                                                                                    \
    __typeof__(name) *name##_loaded = (__typeof__(name) *)dlsym(library, #name);                    \
    if (name##_loaded == NULL) {                                                                     \
        snprintf(error, error_size, "libcurl has no %s", #name);                                     \
        return 1;                                                                                    \
    }

int broadside_smtp_send(const char *url, const char *from, const char *to, const char *user,
                        const char *password, const unsigned char *message, size_t length,
                        long timeout_seconds, char *error, size_t error_size) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        snprintf(error, error_size, "libcurl could not be loaded (%s); install it: sudo apt-get install libcurl4",
                 dlerror());
        return 1;
    }
    LOAD(curl_easy_init)
    LOAD(curl_easy_setopt)
    LOAD(curl_easy_perform)
    LOAD(curl_easy_cleanup)
    LOAD(curl_easy_strerror)
    LOAD(curl_slist_append)
    LOAD(curl_slist_free_all)

    CURL *curl = curl_easy_init_loaded();
    if (curl == NULL) {
        snprintf(error, error_size, "libcurl could not start");
        return 1;
    }
    struct curl_slist *recipients = curl_slist_append_loaded(NULL, to);
    struct upload upload = {message, length, 0};
    char detail[CURL_ERROR_SIZE] = "";
    curl_easy_setopt_loaded(curl, CURLOPT_URL, url);
    curl_easy_setopt_loaded(curl, CURLOPT_MAIL_FROM, from);
    curl_easy_setopt_loaded(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt_loaded(curl, CURLOPT_READFUNCTION, read_message);
    curl_easy_setopt_loaded(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt_loaded(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt_loaded(curl, CURLOPT_USE_SSL, (long)CURLUSESSL_TRY);
    curl_easy_setopt_loaded(curl, CURLOPT_CONNECTTIMEOUT, timeout_seconds);
    curl_easy_setopt_loaded(curl, CURLOPT_TIMEOUT, timeout_seconds);
    curl_easy_setopt_loaded(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt_loaded(curl, CURLOPT_ERRORBUFFER, detail);
    if (user != NULL) {
        curl_easy_setopt_loaded(curl, CURLOPT_USERNAME, user);
        curl_easy_setopt_loaded(curl, CURLOPT_PASSWORD, password != NULL ? password : "");
    }
    CURLcode result = curl_easy_perform_loaded(curl);
    if (result != CURLE_OK) {
        snprintf(error, error_size, "%s", detail[0] != '\0' ? detail : curl_easy_strerror_loaded(result));
    }
    curl_slist_free_all_loaded(recipients);
    curl_easy_cleanup_loaded(curl);
    return result == CURLE_OK ? 0 : 1;
}
