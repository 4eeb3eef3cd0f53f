<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<!-- French for the plugin and the atlas. Open in Qt Linguist or any text editor; the plugin
     reads this file directly (no compiled .qm), matching messages by their English text. -->
<context>
    <name>MaliIncidentAtlas</name>
    <message>
        <source>Maps of security incidents in Mali</source>
        <translation>Cartes des incidents sécuritaires au Mali</translation>
    </message>
    <message>
        <source>Security incidents in Mali</source>
        <translation>Incidents sécuritaires au Mali</translation>
    </message>
    <message>
        <source>Map of security incidents in {region}, {month}</source>
        <translation>Carte des incidents sécuritaires : {region}, {month}</translation>
    </message>
    <message>
        <source>Recorded security incidents in {region}, {month}</source>
        <translation>Incidents sécuritaires recensés : {region}, {month}</translation>
    </message>
    <message>
        <source>Fatalities by region</source>
        <translation>Nombre de morts par région</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Type d'incident</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No incident recorded this month</source>
        <translation>Aucun incident recensé ce mois-ci</translation>
    </message>
    <message>
        <source>SOURCES: {sources}</source>
        <translation>SOURCES : {sources}</translation>
    </message>
    <message>
        <source>CREDIT: {credit}</source>
        <translation>CRÉDIT : {credit}</translation>
    </message>
    <message>
        <source>Sourced from {sources}</source>
        <translation>Sources : {sources}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Contact : {contact}</translation>
    </message>
    <message>
        <source>Incident atlas — {month}</source>
        <translation>Atlas des incidents — {month}</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Regions (faded)</source>
        <translation>Régions (estompées)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Autres pays</translation>
    </message>
    <message>
        <source>Incidents (country maps)</source>
        <translation>Incidents (cartes du pays)</translation>
    </message>
    <message>
        <source>Incidents — {month}</source>
        <translation>Incidents — {month}</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Armed clash</source>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <source>Violence against civilians</source>
        <translation>Violence contre des civils</translation>
    </message>
    <message>
        <source>Airstrike</source>
        <translation>Frappe aérienne</translation>
    </message>
    <message>
        <source>Mortar or rocket attack</source>
        <translation>Tir de mortier ou de roquette</translation>
    </message>
    <message>
        <source>Abduction</source>
        <translation>Enlèvement</translation>
    </message>
    <message>
        <source>IED or grenade</source>
        <translation>Engin explosif improvisé ou grenade</translation>
    </message>
    <message>
        <source>Looting or property destruction</source>
        <translation>Pillage ou destruction de biens</translation>
    </message>
    <message>
        <source>Mob violence or violent demonstration</source>
        <translation>Violence de foule ou manifestation violente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Security forces</source>
        <translation>Forces de sécurité</translation>
    </message>
    <message>
        <source>External forces</source>
        <translation>Forces internationales</translation>
    </message>
    <message>
        <source>Jihadist militants</source>
        <translation>Groupes jihadistes</translation>
    </message>
    <message>
        <source>Militias</source>
        <translation>Milices</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>Non identifiés</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>Abduction/forced disappearance</source>
        <translation>Enlèvement/disparition forcée</translation>
    </message>
    <message>
        <source>Air/drone strike</source>
        <translation>Frappe aérienne/de drone</translation>
    </message>
    <message>
        <source>Shelling/artillery/missile attack</source>
        <translation>Bombardement/artillerie/missile</translation>
    </message>
    <message>
        <source>Remote explosive/landmine/IED</source>
        <translation>Explosif à distance/mine/EEI</translation>
    </message>
    <message>
        <source>Grenade</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Suicide bomb</source>
        <translation>Attentat-suicide</translation>
    </message>
    <message>
        <source>Looting/property destruction</source>
        <translation>Pillage/destruction de biens</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>Arrestations</translation>
    </message>
    <message>
        <source>Mob violence</source>
        <translation>Violence de foule</translation>
    </message>
    <message>
        <source>Violent demonstration</source>
        <translation>Manifestation violente</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violence sexuelle</translation>
    </message>
    <message>
        <source>Government regains territory</source>
        <translation>Reprise de territoire par le gouvernement</translation>
    </message>
    <message>
        <source>Non-state actor overtakes territory</source>
        <translation>Prise de territoire par un acteur non étatique</translation>
    </message>
    <message>
        <source>Peaceful protest</source>
        <translation>Manifestation pacifique</translation>
    </message>
    <message>
        <source>Disrupted weapons use</source>
        <translation>Usage d'armes déjoué</translation>
    </message>
    <message>
        <source>Change to group/activity</source>
        <translation>Changement de groupe/d'activité</translation>
    </message>
    <message>
        <source>Headquarters or base established</source>
        <translation>Établissement de quartier général ou de base</translation>
    </message>
    <message>
        <source>Non-violent transfer of territory</source>
        <translation>Transfert non violent de territoire</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Mali incidents</source>
        <translation>Incidents au Mali</translation>
    </message>
    <message>
        <source>Load incident month…</source>
        <translation>Charger un mois d'incidents…</translation>
    </message>
    <message>
        <source>Export atlas…</source>
        <translation>Exporter l'atlas…</translation>
    </message>
    <message>
        <source>Load incident month</source>
        <translation>Charger un mois d'incidents</translation>
    </message>
    <message>
        <source>ACLED export files</source>
        <translation>Fichiers d'export ACLED</translation>
    </message>
    <message>
        <source>ACLED exports (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Exports ACLED (*.csv *.xlsx *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>YYYY-MM; the latest month in the files is proposed</source>
        <translation>AAAA-MM ; le mois le plus récent des fichiers est proposé</translation>
    </message>
    <message>
        <source>Region boundaries</source>
        <translation>Limites des régions</translation>
    </message>
    <message>
        <source>Built-in (QGIS's admin-1 polygons)</source>
        <translation>Intégrées (polygones admin-1 de QGIS)</translation>
    </message>
    <message>
        <source>A layer of the project</source>
        <translation>Une couche du projet</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un fichier</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson);;All files (*)</source>
        <translation>Fichiers vecteur (*.gpkg *.shp *.geojson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Region name field</source>
        <translation>Champ du nom de région</translation>
    </message>
    <message>
        <source>Month GeoPackage</source>
        <translation>GeoPackage du mois</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Importing incidents of {month}</source>
        <translation>Import des incidents de {month}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>Échec de l'import : {error}</translation>
    </message>
    <message>
        <source>{month}: {incidents} incidents, {fatalities} fatalities, {rejected} rows rejected.</source>
        <translation>{month} : {incidents} incidents, {fatalities} morts, {rejected} lignes rejetées.</translation>
    </message>
    <message>
        <source>Show rejected rows</source>
        <translation>Voir les lignes rejetées</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
</context>
</TS>
