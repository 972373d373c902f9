package office
