package energy.mwolo.cms.team;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every employee the team page heard of. */
public interface TeamMembers extends JpaRepository<TeamMember, UUID> {

    @Query(value = "select m from TeamMember m where :all = true or (m.employed = true and m.keyStaff = true"
            + " and m.hidden = false) order by m.displayOrder, m.lastName, m.firstName",
            countQuery = "select count(m) from TeamMember m where :all = true or (m.employed = true"
                    + " and m.keyStaff = true and m.hidden = false)")
    org.springframework.data.domain.Page<TeamMember> listed(@Param("all") boolean all, Pageable pageable);
}
