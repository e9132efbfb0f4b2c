package vn.tinhso.procedure.web;

import java.time.LocalDate;

import org.springframework.security.core.context.SecurityContextHolder;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.DomainException;
import vn.tinhso.procedure.catalogue.CatalogueEntry;
import vn.tinhso.platform.ProvinceTime;

/** Who sees unpublished and out-of-effect entries: only the catalogue's administrators. */
final class CatalogueAccess {


	private CatalogueAccess() {
	}

	static boolean administers() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> Role.SYSTEM_ADMIN.authority().equals(a.getAuthority()));
	}

	static LocalDate today() {
		return LocalDate.now(ProvinceTime.ZONE);
	}

	/** The entry if the caller may see it; unpublished ones do not exist for the public. */
	static CatalogueEntry visible(CatalogueEntry entry) {
		if (!entry.active() && !administers()) {
			throw DomainException.notFound("procedure.not-found", entry.code());
		}
		return entry;
	}
}
