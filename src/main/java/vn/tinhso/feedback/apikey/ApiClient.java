package vn.tinhso.feedback.apikey;

import java.time.OffsetDateTime;

/** An application allowed to create reports through Open311; its key itself is never stored. */
public record ApiClient(long id, String name, boolean active, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
}
