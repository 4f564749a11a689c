package energy.mwolo.cms.settings;

import org.springframework.data.jpa.repository.JpaRepository;

/** The settings row (id 1, created by the migration). */
interface SettingsRows extends JpaRepository<SiteSettings, Short> {
}
