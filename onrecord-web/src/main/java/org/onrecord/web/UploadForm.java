package org.onrecord.web;

import java.util.List;

/** What the upload page shows: the form's token, the limits, and the uploads this server remembers. */
public record UploadForm(String formToken, long maxMegabytes, int maxFiles, int pageMegabytes, List<UploadStatus> recent) {
    public UploadForm {
        recent = List.copyOf(recent);
    }
}
