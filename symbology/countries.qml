<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="0" simplifyLocal="1" symbologyReferenceScale="-1" simplifyDrawingHints="1" styleCategories="AllStyleCategories" simplifyMaxScale="1" maxScale="0" labelsEnabled="1" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" readOnly="0" simplifyAlgorithm="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" limitMode="0" startField="" endField="" mode="0" endExpression="" durationUnit="min" durationField="" accumulate="0" startExpression="" fixedDuration="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="RuleRenderer" forceraster="0" referencescale="-1" symbollevels="0" enableorderby="0">
    <rules key="{4f2bcd27-a36e-4f5b-8f05-7fa300583faf}">
      <rule label="The atlas's countries" filter="array_contains(string_to_array(@mali_country_iso3, ','), &quot;ISO_A3&quot;)" key="{cfa290f1-b04e-4b28-a2ed-8ecdaa2a2609}" symbol="0"/>
      <rule label="Other countries" filter="ELSE" key="{763813ed-eb66-4d28-91bd-3c195197f036}" symbol="1"/>
    </rules>
    <symbols>
      <symbol type="fill" force_rhr="0" name="0" clip_to_extent="1" alpha="1">
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
            <Option type="QString" name="color" value="242,235,219,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="95,90,82,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.5"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="242,235,219,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="95,90,82,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.5"/>
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
      <symbol type="fill" force_rhr="0" name="1" clip_to_extent="1" alpha="1">
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
            <Option type="QString" name="color" value="232,230,225,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="169,164,155,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="232,230,225,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="169,164,155,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
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
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontWeight="50" fieldName="upper(coalesce(&quot;printed_name&quot;, &quot;NAME&quot;))" fontUnderline="0" fontFamily="DejaVu Sans" legendString="Aa" namedStyle="" fontSize="8" textOrientation="horizontal" textOpacity="1" fontKerning="1" isExpression="1" allowHtml="0" fontWordSpacing="0" previewBkgrdColor="255,255,255,255" fontItalic="1" multilineHeight="1" fontSizeUnit="Point" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontLetterSpacing="0" blendMode="0" fontStrikeout="0" useSubstitutions="0" textColor="140,135,126,255" capitalization="0">
        <families/>
        <text-buffer bufferSizeUnits="MM" bufferBlendMode="0" bufferColor="255,255,255,255" bufferSize="0.69999999999999996" bufferNoFill="1" bufferOpacity="1" bufferDraw="0" bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <text-mask maskType="0" maskEnabled="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSize="1.5" maskOpacity="1" maskJoinStyle="128" maskedSymbolLayers=""/>
        <background shapeOffsetY="0" shapeBlendMode="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeUnit="MM" shapeRotation="0" shapeOpacity="1" shapeBorderWidth="0" shapeSVGFile="" shapeRadiiUnit="MM" shapeRadiiY="0" shapeSizeX="0" shapeOffsetX="0" shapeSizeType="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeOffsetUnit="MM" shapeFillColor="255,255,255,255" shapeDraw="0" shapeRotationType="0" shapeSizeY="0" shapeJoinStyle="64" shapeBorderColor="128,128,128,255" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeType="0" shapeRadiiX="0">
          <symbol type="fill" force_rhr="0" name="fillSymbol" clip_to_extent="1" alpha="1">
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
        <shadow shadowOffsetDist="1" shadowRadiusAlphaOnly="0" shadowOpacity="0.69999999999999996" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowOffsetUnit="MM" shadowBlendMode="6" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowUnder="0" shadowOffsetGlobal="1" shadowRadius="1.5" shadowDraw="0" shadowScale="100" shadowColor="0,0,0,255" shadowOffsetAngle="135"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format useMaxLineLengthForAutoWrap="1" multilineAlign="3" rightDirectionSymbol=">" reverseDirectionSymbol="0" placeDirectionSymbol="0" formatNumbers="0" decimals="3" plussign="0" wrapChar="" autoWrapLength="0" addDirectionSymbol="0" leftDirectionSymbol="&lt;"/>
      <placement repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" centroidWhole="0" lineAnchorType="0" rotationUnit="AngleDegrees" lineAnchorPercent="0.5" maxCurvedCharAngleIn="25" repeatDistanceUnits="MM" placementFlags="10" overrunDistanceUnit="MM" rotationAngle="0" repeatDistance="0" overrunDistance="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" xOffset="0" offsetUnits="MM" distUnits="MM" geometryGenerator="" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" layerType="UnknownGeometry" priority="1" quadOffset="4" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" yOffset="0" centroidInside="1" fitInPolygonOnly="0" offsetType="0" preserveRotation="1" maxCurvedCharAngleOut="-25" lineAnchorClipping="0" placement="1"/>
      <rendering mergeLines="0" limitNumLabels="0" minFeatureSize="0" fontLimitPixelSize="0" obstacleType="1" scaleMin="0" zIndex="0" drawLabels="1" upsidedownLabels="0" scaleMax="25000000" obstacle="1" labelPerPart="0" obstacleFactor="1" displayAll="0" fontMaxPixelSize="10000" fontMinPixelSize="0" maxNumLabels="2000" unplacedVisibility="0" scaleVisibility="1"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option type="Map" name="properties">
            <Option type="Map" name="Show">
              <Option type="bool" name="active" value="true"/>
              <Option type="QString" name="expression" value="NOT array_contains(string_to_array(@mali_country_iso3, ','), &quot;ISO_A3&quot;)"/>
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
          <Option type="QString" name="lineSymbol" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
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
  <customproperties>
    <Option type="Map">
      <Option type="QString" name="dualview/previewExpressions" value="NAME"/>
      <Option type="QString" name="embeddedWidgets/count" value="0"/>
      <Option type="invalid" name="variableNames"/>
      <Option type="invalid" name="variableValues"/>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <SingleCategoryDiagramRenderer diagramType="Histogram" attributeLegend="1">
    <DiagramCategory maxScaleDenominator="1e+08" backgroundAlpha="255" scaleBasedVisibility="0" showAxis="0" width="15" spacingUnit="MM" spacingUnitScale="3x:0,0,0,0,0,0" sizeScale="3x:0,0,0,0,0,0" height="15" diagramOrientation="Up" lineSizeType="MM" minScaleDenominator="0" lineSizeScale="3x:0,0,0,0,0,0" penWidth="0" direction="1" penColor="#000000" sizeType="MM" penAlpha="255" spacing="0" minimumSize="0" backgroundColor="#ffffff" labelPlacementMethod="XHeight" opacity="1" enabled="0" barWidth="5" scaleDependency="Area" rotationOffset="270">
      <fontProperties description="Cantarell,11,-1,5,50,0,0,0,0,0" style=""/>
      <attribute colorOpacity="1" label="" field="" color="#000000"/>
      <axisSymbol>
        <symbol type="line" force_rhr="0" name="" clip_to_extent="1" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleLine" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option type="QString" name="align_dash_pattern" value="0"/>
              <Option type="QString" name="capstyle" value="square"/>
              <Option type="QString" name="customdash" value="5;2"/>
              <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="customdash_unit" value="MM"/>
              <Option type="QString" name="dash_pattern_offset" value="0"/>
              <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
              <Option type="QString" name="draw_inside_polygon" value="0"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="line_color" value="35,35,35,255"/>
              <Option type="QString" name="line_style" value="solid"/>
              <Option type="QString" name="line_width" value="0.26"/>
              <Option type="QString" name="line_width_unit" value="MM"/>
              <Option type="QString" name="offset" value="0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="ring_filter" value="0"/>
              <Option type="QString" name="trim_distance_end" value="0"/>
              <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="trim_distance_end_unit" value="MM"/>
              <Option type="QString" name="trim_distance_start" value="0"/>
              <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="trim_distance_start_unit" value="MM"/>
              <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
              <Option type="QString" name="use_custom_dash" value="0"/>
              <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            </Option>
            <prop k="align_dash_pattern" v="0"/>
            <prop k="capstyle" v="square"/>
            <prop k="customdash" v="5;2"/>
            <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="customdash_unit" v="MM"/>
            <prop k="dash_pattern_offset" v="0"/>
            <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="dash_pattern_offset_unit" v="MM"/>
            <prop k="draw_inside_polygon" v="0"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="line_color" v="35,35,35,255"/>
            <prop k="line_style" v="solid"/>
            <prop k="line_width" v="0.26"/>
            <prop k="line_width_unit" v="MM"/>
            <prop k="offset" v="0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="ring_filter" v="0"/>
            <prop k="trim_distance_end" v="0"/>
            <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="trim_distance_end_unit" v="MM"/>
            <prop k="trim_distance_start" v="0"/>
            <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="trim_distance_start_unit" v="MM"/>
            <prop k="tweak_dash_pattern_on_corners" v="0"/>
            <prop k="use_custom_dash" v="0"/>
            <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </axisSymbol>
    </DiagramCategory>
  </SingleCategoryDiagramRenderer>
  <DiagramLayerSettings priority="0" linePlacementFlags="18" zIndex="0" obstacle="0" placement="0" showAll="1" dist="0">
    <properties>
      <Option type="Map">
        <Option type="QString" name="name" value=""/>
        <Option name="properties"/>
        <Option type="QString" name="type" value="collection"/>
      </Option>
    </properties>
  </DiagramLayerSettings>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks/>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="iso_a2" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="NAME" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="FIPS_10_" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ISO_A3" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="WB_A2" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="WB_A3" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" index="0" field="fid"/>
    <alias name="" index="1" field="iso_a2"/>
    <alias name="" index="2" field="NAME"/>
    <alias name="" index="3" field="FIPS_10_"/>
    <alias name="" index="4" field="ISO_A3"/>
    <alias name="" index="5" field="WB_A2"/>
    <alias name="" index="6" field="WB_A3"/>
  </aliases>
  <defaults>
    <default expression="" field="fid" applyOnUpdate="0"/>
    <default expression="" field="iso_a2" applyOnUpdate="0"/>
    <default expression="" field="NAME" applyOnUpdate="0"/>
    <default expression="" field="FIPS_10_" applyOnUpdate="0"/>
    <default expression="" field="ISO_A3" applyOnUpdate="0"/>
    <default expression="" field="WB_A2" applyOnUpdate="0"/>
    <default expression="" field="WB_A3" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="3" unique_strength="1" notnull_strength="1" field="fid" exp_strength="0"/>
    <constraint constraints="0" unique_strength="0" notnull_strength="0" field="iso_a2" exp_strength="0"/>
    <constraint constraints="0" unique_strength="0" notnull_strength="0" field="NAME" exp_strength="0"/>
    <constraint constraints="0" unique_strength="0" notnull_strength="0" field="FIPS_10_" exp_strength="0"/>
    <constraint constraints="0" unique_strength="0" notnull_strength="0" field="ISO_A3" exp_strength="0"/>
    <constraint constraints="0" unique_strength="0" notnull_strength="0" field="WB_A2" exp_strength="0"/>
    <constraint constraints="0" unique_strength="0" notnull_strength="0" field="WB_A3" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="fid"/>
    <constraint exp="" desc="" field="iso_a2"/>
    <constraint exp="" desc="" field="NAME"/>
    <constraint exp="" desc="" field="FIPS_10_"/>
    <constraint exp="" desc="" field="ISO_A3"/>
    <constraint exp="" desc="" field="WB_A2"/>
    <constraint exp="" desc="" field="WB_A3"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions>
    <defaultAction value="{00000000-0000-0000-0000-000000000000}" key="Canvas"/>
  </attributeactions>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns>
      <column type="field" width="-1" hidden="0" name="NAME"/>
      <column type="field" width="-1" hidden="0" name="FIPS_10_"/>
      <column type="field" width="-1" hidden="0" name="ISO_A3"/>
      <column type="field" width="-1" hidden="0" name="WB_A2"/>
      <column type="field" width="-1" hidden="0" name="WB_A3"/>
      <column type="actions" width="-1" hidden="1"/>
      <column type="field" width="-1" hidden="0" name="fid"/>
      <column type="field" width="-1" hidden="0" name="iso_a2"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[# -*- coding: utf-8 -*-
"""
QGIS forms can have a Python function that is called when the form is
opened.

Use this function to add extra logic to your forms.

Enter the name of the function in the "Python Init function"
field.
An example follows:
"""
from qgis.PyQt.QtWidgets import QWidget

def my_form_open(dialog, layer, feature):
	geom = feature.geometry()
	control = dialog.findChild(QWidget, "MyLineEdit")
]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field name="ABBREV" editable="1"/>
    <field name="ABBREV_LEN" editable="1"/>
    <field name="ADM0_A3" editable="1"/>
    <field name="ADM0_A3_IS" editable="1"/>
    <field name="ADM0_A3_UN" editable="1"/>
    <field name="ADM0_A3_US" editable="1"/>
    <field name="ADM0_A3_WB" editable="1"/>
    <field name="ADM0_DIF" editable="1"/>
    <field name="ADMIN" editable="1"/>
    <field name="BRK_A3" editable="1"/>
    <field name="BRK_DIFF" editable="1"/>
    <field name="BRK_GROUP" editable="1"/>
    <field name="BRK_NAME" editable="1"/>
    <field name="CONTINENT" editable="1"/>
    <field name="ECONOMY" editable="1"/>
    <field name="FIPS_10_" editable="1"/>
    <field name="FORMAL_EN" editable="1"/>
    <field name="FORMAL_FR" editable="1"/>
    <field name="GDP_MD_EST" editable="1"/>
    <field name="GDP_YEAR" editable="1"/>
    <field name="GEOUNIT" editable="1"/>
    <field name="GEOU_DIF" editable="1"/>
    <field name="GU_A3" editable="1"/>
    <field name="HOMEPART" editable="1"/>
    <field name="INCOME_GRP" editable="1"/>
    <field name="ISO_A2" editable="1"/>
    <field name="ISO_A3" editable="1"/>
    <field name="ISO_A3_EH" editable="1"/>
    <field name="ISO_N3" editable="1"/>
    <field name="LABELRANK" editable="1"/>
    <field name="LASTCENSUS" editable="1"/>
    <field name="LEVEL" editable="1"/>
    <field name="LONG_LEN" editable="1"/>
    <field name="MAPCOLOR13" editable="1"/>
    <field name="MAPCOLOR7" editable="1"/>
    <field name="MAPCOLOR8" editable="1"/>
    <field name="MAPCOLOR9" editable="1"/>
    <field name="MAX_LABEL" editable="1"/>
    <field name="MIN_LABEL" editable="1"/>
    <field name="MIN_ZOOM" editable="1"/>
    <field name="NAME" editable="1"/>
    <field name="NAME_ALT" editable="1"/>
    <field name="NAME_AR" editable="1"/>
    <field name="NAME_BN" editable="1"/>
    <field name="NAME_CIAWF" editable="1"/>
    <field name="NAME_DE" editable="1"/>
    <field name="NAME_EL" editable="1"/>
    <field name="NAME_EN" editable="1"/>
    <field name="NAME_ES" editable="1"/>
    <field name="NAME_FR" editable="1"/>
    <field name="NAME_HI" editable="1"/>
    <field name="NAME_HU" editable="1"/>
    <field name="NAME_ID" editable="1"/>
    <field name="NAME_IT" editable="1"/>
    <field name="NAME_JA" editable="1"/>
    <field name="NAME_KO" editable="1"/>
    <field name="NAME_LEN" editable="1"/>
    <field name="NAME_LONG" editable="1"/>
    <field name="NAME_NL" editable="1"/>
    <field name="NAME_PL" editable="1"/>
    <field name="NAME_PT" editable="1"/>
    <field name="NAME_RU" editable="1"/>
    <field name="NAME_SORT" editable="1"/>
    <field name="NAME_SV" editable="1"/>
    <field name="NAME_TR" editable="1"/>
    <field name="NAME_VI" editable="1"/>
    <field name="NAME_ZH" editable="1"/>
    <field name="NE_ID" editable="1"/>
    <field name="NOTE_ADM0" editable="1"/>
    <field name="NOTE_BRK" editable="1"/>
    <field name="POP_EST" editable="1"/>
    <field name="POP_RANK" editable="1"/>
    <field name="POP_YEAR" editable="1"/>
    <field name="POSTAL" editable="1"/>
    <field name="REGION_UN" editable="1"/>
    <field name="REGION_WB" editable="1"/>
    <field name="SOVEREIGNT" editable="1"/>
    <field name="SOV_A3" editable="1"/>
    <field name="SUBREGION" editable="1"/>
    <field name="SUBUNIT" editable="1"/>
    <field name="SU_A3" editable="1"/>
    <field name="SU_DIF" editable="1"/>
    <field name="TINY" editable="1"/>
    <field name="TYPE" editable="1"/>
    <field name="UN_A3" editable="1"/>
    <field name="WB_A2" editable="1"/>
    <field name="WB_A3" editable="1"/>
    <field name="WIKIDATAID" editable="1"/>
    <field name="WIKIPEDIA" editable="1"/>
    <field name="WOE_ID" editable="1"/>
    <field name="WOE_ID_EH" editable="1"/>
    <field name="WOE_NOTE" editable="1"/>
    <field name="featurecla" editable="1"/>
    <field name="fid" editable="1"/>
    <field name="iso_a2" editable="1"/>
    <field name="scalerank" editable="1"/>
  </editable>
  <labelOnTop>
    <field labelOnTop="0" name="ABBREV"/>
    <field labelOnTop="0" name="ABBREV_LEN"/>
    <field labelOnTop="0" name="ADM0_A3"/>
    <field labelOnTop="0" name="ADM0_A3_IS"/>
    <field labelOnTop="0" name="ADM0_A3_UN"/>
    <field labelOnTop="0" name="ADM0_A3_US"/>
    <field labelOnTop="0" name="ADM0_A3_WB"/>
    <field labelOnTop="0" name="ADM0_DIF"/>
    <field labelOnTop="0" name="ADMIN"/>
    <field labelOnTop="0" name="BRK_A3"/>
    <field labelOnTop="0" name="BRK_DIFF"/>
    <field labelOnTop="0" name="BRK_GROUP"/>
    <field labelOnTop="0" name="BRK_NAME"/>
    <field labelOnTop="0" name="CONTINENT"/>
    <field labelOnTop="0" name="ECONOMY"/>
    <field labelOnTop="0" name="FIPS_10_"/>
    <field labelOnTop="0" name="FORMAL_EN"/>
    <field labelOnTop="0" name="FORMAL_FR"/>
    <field labelOnTop="0" name="GDP_MD_EST"/>
    <field labelOnTop="0" name="GDP_YEAR"/>
    <field labelOnTop="0" name="GEOUNIT"/>
    <field labelOnTop="0" name="GEOU_DIF"/>
    <field labelOnTop="0" name="GU_A3"/>
    <field labelOnTop="0" name="HOMEPART"/>
    <field labelOnTop="0" name="INCOME_GRP"/>
    <field labelOnTop="0" name="ISO_A2"/>
    <field labelOnTop="0" name="ISO_A3"/>
    <field labelOnTop="0" name="ISO_A3_EH"/>
    <field labelOnTop="0" name="ISO_N3"/>
    <field labelOnTop="0" name="LABELRANK"/>
    <field labelOnTop="0" name="LASTCENSUS"/>
    <field labelOnTop="0" name="LEVEL"/>
    <field labelOnTop="0" name="LONG_LEN"/>
    <field labelOnTop="0" name="MAPCOLOR13"/>
    <field labelOnTop="0" name="MAPCOLOR7"/>
    <field labelOnTop="0" name="MAPCOLOR8"/>
    <field labelOnTop="0" name="MAPCOLOR9"/>
    <field labelOnTop="0" name="MAX_LABEL"/>
    <field labelOnTop="0" name="MIN_LABEL"/>
    <field labelOnTop="0" name="MIN_ZOOM"/>
    <field labelOnTop="0" name="NAME"/>
    <field labelOnTop="0" name="NAME_ALT"/>
    <field labelOnTop="0" name="NAME_AR"/>
    <field labelOnTop="0" name="NAME_BN"/>
    <field labelOnTop="0" name="NAME_CIAWF"/>
    <field labelOnTop="0" name="NAME_DE"/>
    <field labelOnTop="0" name="NAME_EL"/>
    <field labelOnTop="0" name="NAME_EN"/>
    <field labelOnTop="0" name="NAME_ES"/>
    <field labelOnTop="0" name="NAME_FR"/>
    <field labelOnTop="0" name="NAME_HI"/>
    <field labelOnTop="0" name="NAME_HU"/>
    <field labelOnTop="0" name="NAME_ID"/>
    <field labelOnTop="0" name="NAME_IT"/>
    <field labelOnTop="0" name="NAME_JA"/>
    <field labelOnTop="0" name="NAME_KO"/>
    <field labelOnTop="0" name="NAME_LEN"/>
    <field labelOnTop="0" name="NAME_LONG"/>
    <field labelOnTop="0" name="NAME_NL"/>
    <field labelOnTop="0" name="NAME_PL"/>
    <field labelOnTop="0" name="NAME_PT"/>
    <field labelOnTop="0" name="NAME_RU"/>
    <field labelOnTop="0" name="NAME_SORT"/>
    <field labelOnTop="0" name="NAME_SV"/>
    <field labelOnTop="0" name="NAME_TR"/>
    <field labelOnTop="0" name="NAME_VI"/>
    <field labelOnTop="0" name="NAME_ZH"/>
    <field labelOnTop="0" name="NE_ID"/>
    <field labelOnTop="0" name="NOTE_ADM0"/>
    <field labelOnTop="0" name="NOTE_BRK"/>
    <field labelOnTop="0" name="POP_EST"/>
    <field labelOnTop="0" name="POP_RANK"/>
    <field labelOnTop="0" name="POP_YEAR"/>
    <field labelOnTop="0" name="POSTAL"/>
    <field labelOnTop="0" name="REGION_UN"/>
    <field labelOnTop="0" name="REGION_WB"/>
    <field labelOnTop="0" name="SOVEREIGNT"/>
    <field labelOnTop="0" name="SOV_A3"/>
    <field labelOnTop="0" name="SUBREGION"/>
    <field labelOnTop="0" name="SUBUNIT"/>
    <field labelOnTop="0" name="SU_A3"/>
    <field labelOnTop="0" name="SU_DIF"/>
    <field labelOnTop="0" name="TINY"/>
    <field labelOnTop="0" name="TYPE"/>
    <field labelOnTop="0" name="UN_A3"/>
    <field labelOnTop="0" name="WB_A2"/>
    <field labelOnTop="0" name="WB_A3"/>
    <field labelOnTop="0" name="WIKIDATAID"/>
    <field labelOnTop="0" name="WIKIPEDIA"/>
    <field labelOnTop="0" name="WOE_ID"/>
    <field labelOnTop="0" name="WOE_ID_EH"/>
    <field labelOnTop="0" name="WOE_NOTE"/>
    <field labelOnTop="0" name="featurecla"/>
    <field labelOnTop="0" name="fid"/>
    <field labelOnTop="0" name="iso_a2"/>
    <field labelOnTop="0" name="scalerank"/>
  </labelOnTop>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>NAME</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
