<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="1" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling">
  <renderer-v2 type="pointDisplacement" circleColor="110,110,110,255" circleRadiusAddition="0" circleWidth="0.2" maxLabelScaleDenominator="0" referencescale="-1" labelDistanceFactor="0.5" toleranceUnit="MM" enableorderby="0" tolerance="0.2" labelAttributeName="" forceraster="0" placement="0" symbollevels="0" labelColor="0,0,0,255" toleranceUnitScale="3x:0,0,0,0,0,0">
    <labelFontProperties description="DejaVu Sans,12,-1,5,50,0,0,0,0,0" style=""/>
    <renderer-v2 type="RuleRenderer" referencescale="-1" enableorderby="0" forceraster="0" symbollevels="0">
      <rules key="root">
        <rule label="Type of incident" key="incident_type">
          <rule filter="&quot;incident_type&quot; = 'Armed clash'" symbol="0" label="Armed clash" key="incident_type:0"/>
          <rule filter="&quot;incident_type&quot; = 'Violence against civilians'" symbol="1" label="Violence against civilians" key="incident_type:1"/>
          <rule filter="&quot;incident_type&quot; = 'Airstrike'" symbol="2" label="Airstrike" key="incident_type:2"/>
          <rule filter="&quot;incident_type&quot; = 'Mortar or rocket attack'" symbol="3" label="Mortar or rocket attack" key="incident_type:3"/>
          <rule filter="&quot;incident_type&quot; = 'Abduction'" symbol="4" label="Abduction" key="incident_type:4"/>
          <rule filter="&quot;incident_type&quot; = 'IED or grenade'" symbol="5" label="IED or grenade" key="incident_type:5"/>
          <rule filter="&quot;incident_type&quot; = 'Looting or property destruction'" symbol="6" label="Looting or property destruction" key="incident_type:6"/>
          <rule filter="&quot;incident_type&quot; = 'Mob violence or violent demonstration'" symbol="7" label="Mob violence or violent demonstration" key="incident_type:7"/>
          <rule filter="&quot;incident_type&quot; = 'Other'" symbol="8" label="Other" key="incident_type:8"/>
        </rule>
        <rule label="Actors" key="actor_group">
          <rule filter="&quot;actor_group&quot; = 'Security forces'" symbol="9" label="Security forces" key="actor_group:0"/>
          <rule filter="&quot;actor_group&quot; = 'External forces'" symbol="10" label="External forces" key="actor_group:1"/>
          <rule filter="&quot;actor_group&quot; = 'Jihadist militants'" symbol="11" label="Jihadist militants" key="actor_group:2"/>
          <rule filter="&quot;actor_group&quot; = 'Militias'" symbol="12" label="Militias" key="actor_group:3"/>
          <rule filter="&quot;actor_group&quot; = 'Unidentified'" symbol="13" label="Unidentified" key="actor_group:4"/>
        </rule>
      </rules>
      <symbols>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="miter"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="3.4"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="miter"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="miter"/>
              <Option type="QString" name="name" value="square"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="3"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="miter"/>
            <prop k="name" v="square"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="10">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="SymbolType" value="Marker"/>
              <Option type="QString" name="geometryModifier" value="/* legend entry only: draws nothing on the map */ NULL"/>
              <Option type="QString" name="units" value="MapUnit"/>
            </Option>
            <prop k="SymbolType" v="Marker"/>
            <prop k="geometryModifier" v="/* legend entry only: draws nothing on the map */ NULL"/>
            <prop k="units" v="MapUnit"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="@10@0">
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
              <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
                <Option type="Map">
                  <Option type="QString" name="angle" value="0"/>
                  <Option type="QString" name="cap_style" value="square"/>
                  <Option type="QString" name="color" value="0,158,115,255"/>
                  <Option type="QString" name="horizontal_anchor_point" value="1"/>
                  <Option type="QString" name="joinstyle" value="bevel"/>
                  <Option type="QString" name="name" value="circle"/>
                  <Option type="QString" name="offset" value="0,0"/>
                  <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="offset_unit" value="MM"/>
                  <Option type="QString" name="outline_color" value="35,35,35,255"/>
                  <Option type="QString" name="outline_style" value="solid"/>
                  <Option type="QString" name="outline_width" value="0.3"/>
                  <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="outline_width_unit" value="MM"/>
                  <Option type="QString" name="scale_method" value="diameter"/>
                  <Option type="QString" name="size" value="3.4"/>
                  <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="size_unit" value="MM"/>
                  <Option type="QString" name="vertical_anchor_point" value="1"/>
                </Option>
                <prop k="angle" v="0"/>
                <prop k="cap_style" v="square"/>
                <prop k="color" v="0,158,115,255"/>
                <prop k="horizontal_anchor_point" v="1"/>
                <prop k="joinstyle" v="bevel"/>
                <prop k="name" v="circle"/>
                <prop k="offset" v="0,0"/>
                <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="offset_unit" v="MM"/>
                <prop k="outline_color" v="35,35,35,255"/>
                <prop k="outline_style" v="solid"/>
                <prop k="outline_width" v="0.3"/>
                <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="outline_width_unit" v="MM"/>
                <prop k="scale_method" v="diameter"/>
                <prop k="size" v="3.4"/>
                <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="size_unit" v="MM"/>
                <prop k="vertical_anchor_point" v="1"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" name="name" value=""/>
                    <Option name="properties"/>
                    <Option type="QString" name="type" value="collection"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="0,0,0,0"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="no"/>
              <Option type="QString" name="outline_width" value="0"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="0"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,0,0,0"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="no"/>
            <prop k="outline_width" v="0"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="0"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NULL, count($id, group_by:=geom_to_wkt($geometry)), attribute('place_incidents')),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="11">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="SymbolType" value="Marker"/>
              <Option type="QString" name="geometryModifier" value="/* legend entry only: draws nothing on the map */ NULL"/>
              <Option type="QString" name="units" value="MapUnit"/>
            </Option>
            <prop k="SymbolType" v="Marker"/>
            <prop k="geometryModifier" v="/* legend entry only: draws nothing on the map */ NULL"/>
            <prop k="units" v="MapUnit"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="@11@0">
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
              <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
                <Option type="Map">
                  <Option type="QString" name="angle" value="0"/>
                  <Option type="QString" name="cap_style" value="square"/>
                  <Option type="QString" name="color" value="213,94,0,255"/>
                  <Option type="QString" name="horizontal_anchor_point" value="1"/>
                  <Option type="QString" name="joinstyle" value="bevel"/>
                  <Option type="QString" name="name" value="circle"/>
                  <Option type="QString" name="offset" value="0,0"/>
                  <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="offset_unit" value="MM"/>
                  <Option type="QString" name="outline_color" value="35,35,35,255"/>
                  <Option type="QString" name="outline_style" value="solid"/>
                  <Option type="QString" name="outline_width" value="0.3"/>
                  <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="outline_width_unit" value="MM"/>
                  <Option type="QString" name="scale_method" value="diameter"/>
                  <Option type="QString" name="size" value="3.4"/>
                  <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="size_unit" value="MM"/>
                  <Option type="QString" name="vertical_anchor_point" value="1"/>
                </Option>
                <prop k="angle" v="0"/>
                <prop k="cap_style" v="square"/>
                <prop k="color" v="213,94,0,255"/>
                <prop k="horizontal_anchor_point" v="1"/>
                <prop k="joinstyle" v="bevel"/>
                <prop k="name" v="circle"/>
                <prop k="offset" v="0,0"/>
                <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="offset_unit" v="MM"/>
                <prop k="outline_color" v="35,35,35,255"/>
                <prop k="outline_style" v="solid"/>
                <prop k="outline_width" v="0.3"/>
                <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="outline_width_unit" v="MM"/>
                <prop k="scale_method" v="diameter"/>
                <prop k="size" v="3.4"/>
                <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="size_unit" v="MM"/>
                <prop k="vertical_anchor_point" v="1"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" name="name" value=""/>
                    <Option name="properties"/>
                    <Option type="QString" name="type" value="collection"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="0,0,0,0"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="no"/>
              <Option type="QString" name="outline_width" value="0"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="0"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,0,0,0"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="no"/>
            <prop k="outline_width" v="0"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="0"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NULL, count($id, group_by:=geom_to_wkt($geometry)), attribute('place_incidents')),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="12">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="SymbolType" value="Marker"/>
              <Option type="QString" name="geometryModifier" value="/* legend entry only: draws nothing on the map */ NULL"/>
              <Option type="QString" name="units" value="MapUnit"/>
            </Option>
            <prop k="SymbolType" v="Marker"/>
            <prop k="geometryModifier" v="/* legend entry only: draws nothing on the map */ NULL"/>
            <prop k="units" v="MapUnit"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="@12@0">
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
              <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
                <Option type="Map">
                  <Option type="QString" name="angle" value="0"/>
                  <Option type="QString" name="cap_style" value="square"/>
                  <Option type="QString" name="color" value="240,228,66,255"/>
                  <Option type="QString" name="horizontal_anchor_point" value="1"/>
                  <Option type="QString" name="joinstyle" value="bevel"/>
                  <Option type="QString" name="name" value="circle"/>
                  <Option type="QString" name="offset" value="0,0"/>
                  <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="offset_unit" value="MM"/>
                  <Option type="QString" name="outline_color" value="35,35,35,255"/>
                  <Option type="QString" name="outline_style" value="solid"/>
                  <Option type="QString" name="outline_width" value="0.3"/>
                  <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="outline_width_unit" value="MM"/>
                  <Option type="QString" name="scale_method" value="diameter"/>
                  <Option type="QString" name="size" value="3.4"/>
                  <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="size_unit" value="MM"/>
                  <Option type="QString" name="vertical_anchor_point" value="1"/>
                </Option>
                <prop k="angle" v="0"/>
                <prop k="cap_style" v="square"/>
                <prop k="color" v="240,228,66,255"/>
                <prop k="horizontal_anchor_point" v="1"/>
                <prop k="joinstyle" v="bevel"/>
                <prop k="name" v="circle"/>
                <prop k="offset" v="0,0"/>
                <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="offset_unit" v="MM"/>
                <prop k="outline_color" v="35,35,35,255"/>
                <prop k="outline_style" v="solid"/>
                <prop k="outline_width" v="0.3"/>
                <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="outline_width_unit" v="MM"/>
                <prop k="scale_method" v="diameter"/>
                <prop k="size" v="3.4"/>
                <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="size_unit" v="MM"/>
                <prop k="vertical_anchor_point" v="1"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" name="name" value=""/>
                    <Option name="properties"/>
                    <Option type="QString" name="type" value="collection"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="0,0,0,0"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="no"/>
              <Option type="QString" name="outline_width" value="0"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="0"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,0,0,0"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="no"/>
            <prop k="outline_width" v="0"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="0"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NULL, count($id, group_by:=geom_to_wkt($geometry)), attribute('place_incidents')),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="13">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="SymbolType" value="Marker"/>
              <Option type="QString" name="geometryModifier" value="/* legend entry only: draws nothing on the map */ NULL"/>
              <Option type="QString" name="units" value="MapUnit"/>
            </Option>
            <prop k="SymbolType" v="Marker"/>
            <prop k="geometryModifier" v="/* legend entry only: draws nothing on the map */ NULL"/>
            <prop k="units" v="MapUnit"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="@13@0">
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
              <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
                <Option type="Map">
                  <Option type="QString" name="angle" value="0"/>
                  <Option type="QString" name="cap_style" value="square"/>
                  <Option type="QString" name="color" value="255,255,255,255"/>
                  <Option type="QString" name="horizontal_anchor_point" value="1"/>
                  <Option type="QString" name="joinstyle" value="bevel"/>
                  <Option type="QString" name="name" value="circle"/>
                  <Option type="QString" name="offset" value="0,0"/>
                  <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="offset_unit" value="MM"/>
                  <Option type="QString" name="outline_color" value="35,35,35,255"/>
                  <Option type="QString" name="outline_style" value="solid"/>
                  <Option type="QString" name="outline_width" value="0.3"/>
                  <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="outline_width_unit" value="MM"/>
                  <Option type="QString" name="scale_method" value="diameter"/>
                  <Option type="QString" name="size" value="3.4"/>
                  <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="size_unit" value="MM"/>
                  <Option type="QString" name="vertical_anchor_point" value="1"/>
                </Option>
                <prop k="angle" v="0"/>
                <prop k="cap_style" v="square"/>
                <prop k="color" v="255,255,255,255"/>
                <prop k="horizontal_anchor_point" v="1"/>
                <prop k="joinstyle" v="bevel"/>
                <prop k="name" v="circle"/>
                <prop k="offset" v="0,0"/>
                <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="offset_unit" v="MM"/>
                <prop k="outline_color" v="35,35,35,255"/>
                <prop k="outline_style" v="solid"/>
                <prop k="outline_width" v="0.3"/>
                <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="outline_width_unit" v="MM"/>
                <prop k="scale_method" v="diameter"/>
                <prop k="size" v="3.4"/>
                <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="size_unit" v="MM"/>
                <prop k="vertical_anchor_point" v="1"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" name="name" value=""/>
                    <Option name="properties"/>
                    <Option type="QString" name="type" value="collection"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="0,0,0,0"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="no"/>
              <Option type="QString" name="outline_width" value="0"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="0"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,0,0,0"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="no"/>
            <prop k="outline_width" v="0"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="0"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NULL, count($id, group_by:=geom_to_wkt($geometry)), attribute('place_incidents')),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="180"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="miter"/>
              <Option type="QString" name="name" value="equilateral_triangle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="3.9"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="180"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="miter"/>
            <prop k="name" v="equilateral_triangle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.9"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="miter"/>
              <Option type="QString" name="name" value="equilateral_triangle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="3.9"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="miter"/>
            <prop k="name" v="equilateral_triangle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.9"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="4">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="miter"/>
              <Option type="QString" name="name" value="diamond"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="3.9"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="miter"/>
            <prop k="name" v="diamond"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.9"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="5">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="miter"/>
              <Option type="QString" name="name" value="star"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.4"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="miter"/>
            <prop k="name" v="star"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="6">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SvgMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="fixedAspectRatio" value="0"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="name" value="emergency/amenity=fire_station.svg"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_width" value="0.2"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option name="parameters"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.4"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="fixedAspectRatio" v="0"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="name" v="emergency/amenity=fire_station.svg"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_width" v="0.2"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="parameters" v=""/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="7">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="miter"/>
              <Option type="QString" name="name" value="cross_fill"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="3.6"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="miter"/>
            <prop k="name" v="cross_fill"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="8">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="156,156,156,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="miter"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="1.8"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="156,156,156,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="miter"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="1.8"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="fillColor">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#f0e442'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#ffffff'&#xa;  ELSE '#9c9c9c'&#xa;END"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="9">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="SymbolType" value="Marker"/>
              <Option type="QString" name="geometryModifier" value="/* legend entry only: draws nothing on the map */ NULL"/>
              <Option type="QString" name="units" value="MapUnit"/>
            </Option>
            <prop k="SymbolType" v="Marker"/>
            <prop k="geometryModifier" v="/* legend entry only: draws nothing on the map */ NULL"/>
            <prop k="units" v="MapUnit"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="@9@0">
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
              <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
                <Option type="Map">
                  <Option type="QString" name="angle" value="0"/>
                  <Option type="QString" name="cap_style" value="square"/>
                  <Option type="QString" name="color" value="0,114,178,255"/>
                  <Option type="QString" name="horizontal_anchor_point" value="1"/>
                  <Option type="QString" name="joinstyle" value="bevel"/>
                  <Option type="QString" name="name" value="circle"/>
                  <Option type="QString" name="offset" value="0,0"/>
                  <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="offset_unit" value="MM"/>
                  <Option type="QString" name="outline_color" value="35,35,35,255"/>
                  <Option type="QString" name="outline_style" value="solid"/>
                  <Option type="QString" name="outline_width" value="0.3"/>
                  <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="outline_width_unit" value="MM"/>
                  <Option type="QString" name="scale_method" value="diameter"/>
                  <Option type="QString" name="size" value="3.4"/>
                  <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                  <Option type="QString" name="size_unit" value="MM"/>
                  <Option type="QString" name="vertical_anchor_point" value="1"/>
                </Option>
                <prop k="angle" v="0"/>
                <prop k="cap_style" v="square"/>
                <prop k="color" v="0,114,178,255"/>
                <prop k="horizontal_anchor_point" v="1"/>
                <prop k="joinstyle" v="bevel"/>
                <prop k="name" v="circle"/>
                <prop k="offset" v="0,0"/>
                <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="offset_unit" v="MM"/>
                <prop k="outline_color" v="35,35,35,255"/>
                <prop k="outline_style" v="solid"/>
                <prop k="outline_width" v="0.3"/>
                <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="outline_width_unit" v="MM"/>
                <prop k="scale_method" v="diameter"/>
                <prop k="size" v="3.4"/>
                <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                <prop k="size_unit" v="MM"/>
                <prop k="vertical_anchor_point" v="1"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" name="name" value=""/>
                    <Option name="properties"/>
                    <Option type="QString" name="type" value="collection"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="0,0,0,0"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="35,35,35,255"/>
              <Option type="QString" name="outline_style" value="no"/>
              <Option type="QString" name="outline_width" value="0"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="0"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,0,0,0"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="35,35,35,255"/>
            <prop k="outline_style" v="no"/>
            <prop k="outline_width" v="0"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="0"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option type="bool" name="active" value="true"/>
                    <Option type="QString" name="expression" value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NULL, count($id, group_by:=geom_to_wkt($geometry)), attribute('place_incidents')),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))"/>
                    <Option type="int" name="type" value="3"/>
                  </Option>
                </Option>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="centerSymbol">
      <data_defined_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </data_defined_properties>
      <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
        <Option type="Map">
          <Option type="QString" name="angle" value="0"/>
          <Option type="QString" name="cap_style" value="square"/>
          <Option type="QString" name="color" value="35,35,35,255"/>
          <Option type="QString" name="horizontal_anchor_point" value="1"/>
          <Option type="QString" name="joinstyle" value="bevel"/>
          <Option type="QString" name="name" value="circle"/>
          <Option type="QString" name="offset" value="0,0"/>
          <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offset_unit" value="MM"/>
          <Option type="QString" name="outline_color" value="35,35,35,255"/>
          <Option type="QString" name="outline_style" value="no"/>
          <Option type="QString" name="outline_width" value="0"/>
          <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="outline_width_unit" value="MM"/>
          <Option type="QString" name="scale_method" value="diameter"/>
          <Option type="QString" name="size" value="0.9"/>
          <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="size_unit" value="MM"/>
          <Option type="QString" name="vertical_anchor_point" value="1"/>
        </Option>
        <prop k="angle" v="0"/>
        <prop k="cap_style" v="square"/>
        <prop k="color" v="35,35,35,255"/>
        <prop k="horizontal_anchor_point" v="1"/>
        <prop k="joinstyle" v="bevel"/>
        <prop k="name" v="circle"/>
        <prop k="offset" v="0,0"/>
        <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="offset_unit" v="MM"/>
        <prop k="outline_color" v="35,35,35,255"/>
        <prop k="outline_style" v="no"/>
        <prop k="outline_width" v="0"/>
        <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="outline_width_unit" v="MM"/>
        <prop k="scale_method" v="diameter"/>
        <prop k="size" v="0.9"/>
        <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="size_unit" v="MM"/>
        <prop k="vertical_anchor_point" v="1"/>
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="if(attribute('place_names') IS NULL,&#xa;  array_to_string(array_distinct(array_agg(&quot;location&quot;,&#xa;    group_by:=geom_to_wkt($geometry), order_by:=&quot;location&quot;)), ', '),&#xa;  attribute('place_names'))" fontWeight="50" useSubstitutions="0" capitalization="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOrientation="horizontal" legendString="Aa" textColor="26,26,26,255" fontSize="7" fontUnderline="0" fontStrikeout="0" fontLetterSpacing="0" textOpacity="1" blendMode="0" fontItalic="0" fontWordSpacing="0" fontSizeUnit="Point" previewBkgrdColor="255,255,255,255" fontKerning="1" fontFamily="DejaVu Sans" allowHtml="0" isExpression="1" namedStyle="" multilineHeight="1">
        <families/>
        <text-buffer bufferJoinStyle="128" bufferSize="0.69999999999999996" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferDraw="1" bufferBlendMode="0" bufferNoFill="1" bufferColor="255,255,255,255" bufferOpacity="0.84999999999999998" bufferSizeUnits="MM"/>
        <text-mask maskOpacity="1" maskedSymbolLayers="" maskSizeUnits="MM" maskJoinStyle="128" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskSize="1.5"/>
        <background shapeDraw="0" shapeRadiiX="0" shapeOpacity="1" shapeRadiiY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBorderWidth="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeRotationType="0" shapeSVGFile="" shapeJoinStyle="64" shapeBorderColor="128,128,128,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeType="0" shapeOffsetUnit="MM" shapeRadiiUnit="MM" shapeOffsetX="0" shapeSizeX="0" shapeOffsetY="0" shapeSizeY="0" shapeBlendMode="0" shapeSizeUnit="MM" shapeSizeType="0">
          <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="fillSymbol">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusAlphaOnly="0" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowUnder="0" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowScale="100" shadowOffsetAngle="135" shadowBlendMode="6" shadowOffsetDist="1" shadowRadiusUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format placeDirectionSymbol="0" plussign="0" formatNumbers="0" rightDirectionSymbol=">" multilineAlign="3" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" decimals="3" wrapChar="" autoWrapLength="0" leftDirectionSymbol="&lt;" addDirectionSymbol="0"/>
      <placement placementFlags="10" rotationUnit="AngleDegrees" rotationAngle="0" yOffset="0" xOffset="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" geometryGeneratorEnabled="0" layerType="UnknownGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" placement="6" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" geometryGenerator="" maxCurvedCharAngleIn="25" geometryGeneratorType="PointGeometry" preserveRotation="1" distMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" centroidInside="0" maxCurvedCharAngleOut="-25" overrunDistanceUnit="MM" polygonPlacementFlags="2" distUnits="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" offsetType="1" repeatDistanceUnits="MM" repeatDistance="0" fitInPolygonOnly="0" centroidWhole="0" dist="0.59999999999999998" offsetUnits="MM" priority="5"/>
      <rendering upsidedownLabels="0" unplacedVisibility="0" obstacleType="1" displayAll="0" scaleMin="0" zIndex="0" scaleVisibility="0" minFeatureSize="0" fontLimitPixelSize="0" drawLabels="1" limitNumLabels="0" labelPerPart="0" maxNumLabels="2000" obstacle="1" fontMaxPixelSize="10000" scaleMax="0" obstacleFactor="2" fontMinPixelSize="0" mergeLines="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value="labeling"/>
          <Option type="Map" name="properties">
            <Option type="Map" name="Priority">
              <Option type="bool" name="active" value="true"/>
              <Option type="QString" name="expression" value="min(10, 4 + if(attribute('place_incidents') IS NULL, count($id, group_by:=geom_to_wkt($geometry)), attribute('place_incidents')))"/>
              <Option type="int" name="type" value="3"/>
            </Option>
            <Option type="Map" name="Show">
              <Option type="bool" name="active" value="true"/>
              <Option type="QString" name="expression" value="if(attribute('place_first') IS NULL,&#xa;  $id = minimum($id, group_by:=geom_to_wkt($geometry)),&#xa;  attribute('place_first') = 1)"/>
              <Option type="int" name="type" value="3"/>
            </Option>
          </Option>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; name=&quot;symbol&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>0</layerGeometryType>
</qgis>
