import CaseDomain
