package vn.tinhso.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.tinhso.directory.agency.Agencies;
import vn.tinhso.directory.agency.AgencyRecord;

/** Read access to the agency tree for every module. */
@Service
public class AgencyDirectory {

	private final Agencies agencies;

	AgencyDirectory(Agencies agencies) {
		this.agencies = agencies;
	}

	public Optional<AgencySummary> findByCode(String code) {
		return agencies.findByCode(code).map(AgencyDirectory::summary);
	}

	public Optional<AgencySummary> findById(long id) {
		return agencies.findById(id).map(AgencyDirectory::summary);
	}

	/** The province's People's Committee, once the tree has a root. */
	public Optional<AgencySummary> root() {
		return agencies.findRoot().map(AgencyDirectory::summary);
	}

	/** The agency and everything below it. */
	public List<AgencySummary> subtree(long id) {
		return agencies.subtree(id).stream().map(AgencyDirectory::summary).toList();
	}

	/** Active agencies of the given kinds, by name. */
	public List<AgencySummary> ofKinds(List<AgencyKind> kinds) {
		return agencies.activeOfKinds(kinds.stream().map(Enum::name).toList()).stream().map(AgencyDirectory::summary).toList();
	}

	private static AgencySummary summary(AgencyRecord a) {
		return new AgencySummary(a.id(), a.code(), a.name(), a.shortName(), a.abbreviation(), a.kind(), a.parentCode(),
				a.active());
	}
}
